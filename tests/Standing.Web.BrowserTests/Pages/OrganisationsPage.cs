using System.Globalization;
using Microsoft.Playwright;

namespace Standing.Web.BrowserTests.Pages;

/// <summary>The organisations page: the standing table, one organisation's procedure and forecast, and its what-if.</summary>
public sealed class OrganisationsPage(IPage page, Uri address)
{
    public IPage Page => page;

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync(new Uri(address, "/organisations.html" + query).ToString());
        await WaitForViewAsync();
    }

    public Task WaitForViewAsync() => page.WaitForFunctionAsync(
        "() => { const u = new URL(location.href).searchParams; return document.body.dataset.view === `asOf=${u.get('asOf')}&org=${u.get('org') ?? ''}&assume=${u.get('assume') ?? ''}`; }");

    public Task<string> RecognisingInAsync(string organisation) => page.Locator($"tr[data-org=\"{organisation}\"] td:nth-child(3)").InnerTextAsync();

    public async Task OpenOrganisationAsync(string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await WaitForViewAsync();
    }

    public async Task<double> PAdmittedAsync() =>
        double.Parse(await page.Locator("#p-admitted").GetAttributeAsync("data-value") ?? "NaN", CultureInfo.InvariantCulture);

    /// <summary>A member's row in the member-by-member forecast: its cells' text.</summary>
    public Task<IReadOnlyList<string>> ForecastRowAsync(string code) =>
        page.Locator($"tr[data-forecast-member=\"{code}\"] td").AllInnerTextsAsync();

    public Task<string> ModelAsync() => page.Locator("#model").InnerTextAsync();

    public async Task AssumeAsync(string target, string choice)
    {
        await page.GetByLabel("Member or bloc").FillAsync(target);
        await page.GetByLabel("votes").SelectOptionAsync(choice);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply what-if" }).ClickAsync();
        await WaitForViewAsync();
    }

    public Task ScreenshotAsync(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });
}
