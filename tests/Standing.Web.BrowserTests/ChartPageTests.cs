using Standing.Web.BrowserTests.Pages;

namespace Standing.Web.BrowserTests;

/// <summary>The timeline and organisations pages in a real browser.</summary>
[Collection(nameof(InOneBrowser))]
public sealed class ChartPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Timeline_Opened_DrawsTheChartAndOffersItsData()
    {
        var timeline = new TimelinePage(await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 800 } }), browser.Address);

        await timeline.OpenAsync();
        await timeline.ScreenshotAsync("timeline");

        Assert.Matches(@"^\d+ UN members on \d{4}-\d{2}-\d{2}$", await timeline.LatestAsync());
        Assert.True(await timeline.ChartMarksAsync() > 10, "the chart has its line and marks");
        Assert.StartsWith("blob:", await timeline.SvgDownloadAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_PerspectiveSwitched_LatestCountFollows()
    {
        var timeline = new TimelinePage(await browser.Browser.NewPageAsync(), browser.Address);
        await timeline.OpenAsync();
        var record = await timeline.LatestAsync();

        await timeline.ChoosePerspectiveAsync("serbia");

        Assert.NotEqual(record, await timeline.LatestAsync());
        Assert.Contains("perspective=serbia", timeline.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisations_TableAndWhatIf_ForecastMovesWhenAMemberIsFixed()
    {
        // Given the organisations on 2024-12-31 (the seeds' table: NATO 28 of 32)
        var page = new OrganisationsPage(await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } }), browser.Address);
        await page.OpenAsync("?asOf=2024-12-31");
        Assert.Equal("28 of 32", await page.RecognisingInAsync("NATO"));

        // When UNESCO is opened, every member's forecast is listed with why, from the roll calls before the date
        await page.OpenOrganisationAsync("UNESCO");
        Assert.StartsWith("Learned from", await page.ModelAsync(), StringComparison.Ordinal);
        var serbia = await page.ForecastRowAsync("SRB");
        Assert.Equal(["SRB", "contesting-state", "0%", "100%"], serbia.Take(4));
        Assert.Contains("contesting-state", serbia[6], StringComparison.Ordinal);
        Assert.NotEmpty((await page.ForecastRowAsync("FRA"))[6]);

        // and when the OIC is assumed to vote yes
        var before = await page.PAdmittedAsync();
        Assert.Equal("none", await page.Page.Locator("[data-member=\"SRB\"]").GetAttributeAsync("data-member-status"));
        Assert.Equal("recognises", await page.Page.Locator("[data-member=\"FRA\"]").GetAttributeAsync("data-member-status"));
        await page.AssumeAsync("bloc:OIC", "yes");
        await page.ScreenshotAsync("organisation-unesco-whatif");

        // Then P(admitted) rises, and the what-if is in the URL
        Assert.True(await page.PAdmittedAsync() > before, $"P(admitted) {before} should rise when the OIC votes yes");
        Assert.Contains("assume=bloc%3AOIC%3Dyes", page.Page.Url, StringComparison.Ordinal);
    }
}
