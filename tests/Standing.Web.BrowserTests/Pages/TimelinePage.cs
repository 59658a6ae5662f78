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

    // 90 s, not Playwright's 30: the first load asks for the milestones, which on a cold cache rebuild the registry as
    // known on each quoted date, and CI runs every test project at once on two cores (twice measured over 30 s there).
    public Task WaitForViewAsync() => page.WaitForFunctionAsync(
        "() => document.body.dataset.view === `perspective=${new URL(location.href).searchParams.get('perspective') ?? 'default'}`",
        null, new() { Timeout = 90_000 });

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
