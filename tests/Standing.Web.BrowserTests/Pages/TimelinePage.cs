using Microsoft.Playwright;

namespace Standing.Web.BrowserTests.Pages;

/// <summary>The timeline page: the chart of UN members recognising over time, its perspective and its downloads.</summary>
public sealed class TimelinePage(IPage page, Uri address)
{
    public IPage Page => page;

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync(new Uri(address, "/timeline.html" + query).ToString());
        await WaitForViewAsync();
    }

    public Task WaitForViewAsync() => page.WaitForFunctionAsync(
        "() => document.body.dataset.view === `perspective=${new URL(location.href).searchParams.get('perspective') ?? 'default'}`");

    public Task<string> LatestAsync() => page.Locator("#latest").InnerTextAsync();

    public async Task ChoosePerspectiveAsync(string perspective)
    {
        await page.GetByLabel("Perspective", new() { Exact = true }).SelectOptionAsync(perspective);
        await WaitForViewAsync();
    }

    public Task<int> ChartMarksAsync() => page.Locator("#chart svg circle, #chart svg path").CountAsync();

    public Task<string?> SvgDownloadAsync() => page.GetByRole(AriaRole.Link, new() { Name = "chart (SVG)" }).GetAttributeAsync("href");

    public Task ScreenshotAsync(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png") });
}
