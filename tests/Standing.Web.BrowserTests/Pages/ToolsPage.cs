using Microsoft.Playwright;

namespace Standing.Web.BrowserTests.Pages;

/// <summary>The vote calculator and route finder, driven by their labelled fields.</summary>
public sealed class ToolsPage(IPage page, Uri address)
{
    public IPage Page => page;

    public Task OpenAsync(string query = "") => page.GotoAsync(new Uri(address, "/tools.html" + query).ToString());

    public async Task<string> EvaluateAsync(string organisation, int yes, int no, int abstain, string on)
    {
        await page.GetByLabel("Organisation").SelectOptionAsync(organisation);
        await page.GetByLabel("Yes").FillAsync($"{yes}");
        await page.GetByLabel("No", new() { Exact = true }).FillAsync($"{no}");
        await page.GetByLabel("Abstain").FillAsync($"{abstain}");
        await page.Locator("#vote").GetByLabel("On", new() { Exact = true }).FillAsync(on);
        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate" }).ClickAsync();
        return await VerdictAsync();
    }

    public async Task<string> VerdictAsync()
    {
        await page.WaitForFunctionAsync("() => document.getElementById('verdict').textContent.length > 0");
        return await page.Locator("#verdict").InnerTextAsync();
    }

    public async Task<IReadOnlyList<string>> FindRoutesAsync(string from, string to, string on)
    {
        await page.GetByLabel("From").FillAsync(from);
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(to);
        await page.Locator("#route").GetByLabel("On", new() { Exact = true }).FillAsync(on);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();
        return await RoutesAsync();
    }

    public async Task<IReadOnlyList<string>> RoutesAsync()
    {
        await page.WaitForFunctionAsync("() => document.getElementById('route-reason').textContent.length > 0");
        var routes = page.Locator("#routes li");
        return [.. await Task.WhenAll(Enumerable.Range(0, await routes.CountAsync()).Select(i => routes.Nth(i).GetAttributeAsync("data-route")!)).ContinueWith(t => t.Result.Select(r => r ?? ""))];
    }

    public Task ScreenshotAsync(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png") });
}
