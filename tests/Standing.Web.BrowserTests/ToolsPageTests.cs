using Standing.Web.BrowserTests.Pages;

namespace Standing.Web.BrowserTests;

/// <summary>The vote calculator and the route finder in a real browser.</summary>
[Collection(nameof(InOneBrowser))]
public sealed class ToolsPageTests(BrowserFixture browser)
{
    private async Task<ToolsPage> OpenAsync(string query = "")
    {
        var tools = new ToolsPage(await browser.Browser.NewPageAsync(), browser.Address);
        await tools.OpenAsync(query);
        return tools;
    }

    [Fact]
    public async Task Vote_Interpol2018FirstRound_NotPassedWith88Needed()
    {
        var tools = await OpenAsync();

        var verdict = await tools.EvaluateAsync("INTERPOL", 76, 56, 22, "2018-11-20");

        Assert.StartsWith("Not passed", verdict, StringComparison.Ordinal);
        Assert.Contains("88", verdict, StringComparison.Ordinal);
        await tools.ScreenshotAsync("vote-interpol-2018");
    }

    [Fact]
    public async Task Route_KosovoPoliceToSerbia2021_GoesThroughEulexFirst()
    {
        var tools = await OpenAsync();

        var routes = await tools.FindRoutesAsync("XKX-POLICE", "SRB-MUP", "2021-06-14");

        Assert.Equal("XKX-POLICE>EULEX>SRB-MUP", routes[0]);
        await tools.ScreenshotAsync("route-2021-06-14");
    }

    [Fact]
    public async Task Url_CopiedAfterAnEvaluation_ReopensWithTheSameVerdict()
    {
        var tools = await OpenAsync();
        var verdict = await tools.EvaluateAsync("INTERPOL", 88, 44, 22, "2018-11-20");

        var again = await OpenAsync(new Uri(tools.Page.Url).Query);

        Assert.Equal(verdict, await again.VerdictAsync());
        Assert.StartsWith("Passed", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_Opened_ChartsEveryChannelYearWithItsData()
    {
        var tools = await OpenAsync();

        await tools.Page.WaitForFunctionAsync("() => document.getElementById('stats').dataset.rows > 0");

        Assert.Equal("15", await tools.Page.Locator("#stats").GetAttributeAsync("data-rows")); // 2017-2021, three channels
        Assert.True(await tools.Page.Locator("#stats svg rect").CountAsync() >= 15);
        Assert.StartsWith("blob:", await tools.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "chart (SVG)" }).GetAttributeAsync("href"), StringComparison.Ordinal);
    }
}
