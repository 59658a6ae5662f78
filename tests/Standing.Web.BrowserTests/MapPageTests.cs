using System.Net.Http.Json;
using System.Text.Json;
using Standing.Web.BrowserTests.Pages;

namespace Standing.Web.BrowserTests;

/// <summary>The map page in a real browser: the counts and colours agree with the API, and every control changes them.</summary>
[Collection(nameof(InOneBrowser))]
public sealed class MapPageTests(BrowserFixture browser)
{
    private async Task<MapPage> OpenAsync(string query)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var map = new MapPage(page, browser.Address);
        await map.OpenAsync(query);
        return map;
    }

    private async Task<JsonElement> ApiAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = browser.Address };
        return await http.GetFromJsonAsync<JsonElement>(path, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Open_AsOf2010_CountAndColoursAgreeWithTheRecognitionsList()
    {
        // When the map opens on 2010-01-01
        var map = await OpenAsync("?asOf=2010-01-01");
        var interactive = await map.Page.EvaluateAsync<double>("() => performance.now()");
        await map.ScreenshotAsync("map-2010-01-01");

        // Then its count and its "recognises" states are those of the recognitions list for that day
        var recognitions = await ApiAsync("/api/recognitions?asOf=2010-01-01");
        Assert.Equal(recognitions.EnumerateArray().Count(r => r.GetProperty("unMember").GetBoolean()), await map.UnCountAsync());
        Assert.Equal(recognitions.GetArrayLength(), await map.CountWithStatusAsync("recognises"));
        Assert.Equal("subject", await map.StatusOfAsync("XKX"));
        Assert.Equal("none", await map.StatusOfAsync("SRB"));
        Assert.True(await map.Page.Locator("#map path.country.recognises").CountAsync() > 40, "the map paints the recognising states");
        // Recorded, not asserted (timings belong to measurements, not tests): docs/benchmarks.md quotes it.
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Screenshots, "map-interactive-ms.txt"),
            $"{interactive:0} ms from navigation start until the map's count and colours were painted\n" +
            await map.Page.EvaluateAsync<string>("() => performance.getEntries().map(e => `${e.name} start ${e.startTime.toFixed(0)} end ${(e.startTime + e.duration).toFixed(0)}`).join('\\n')"),
            TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Slider_MovedWithTheKeyboard_DateCountAndColoursChange()
    {
        var map = await OpenAsync("?asOf=2008-02-17");
        var before = await map.UnCountAsync();

        await map.PressOnSliderAsync("End");

        Assert.NotEqual("2008-02-17", await map.DateAsync());
        Assert.True(await map.UnCountAsync() > before + 50);
        Assert.Contains("asOf=", map.Page.Url, StringComparison.Ordinal);
        await map.ScreenshotAsync("map-today");
    }

    [Fact]
    public async Task Perspective_Switched_CountFollowsThatAccount()
    {
        var map = await OpenAsync("?asOf=2021-01-01");
        Assert.Equal(104, await map.UnCountAsync());

        await map.ChoosePerspectiveAsync("kosovo");

        var kosovo = await ApiAsync("/api/summary?asOf=2021-01-01&perspective=kosovo");
        Assert.Equal(kosovo.GetProperty("unMembersRecognizing").GetInt32(), await map.UnCountAsync());
        Assert.NotEqual(104, await map.UnCountAsync());
    }

    [Fact]
    public async Task Play_Animation_AdvancesTheDate()
    {
        var map = await OpenAsync("?asOf=2008-02-17");

        await map.PlayAsync();
        await map.Page.WaitForFunctionAsync("() => document.getElementById('shown-date').textContent > '2008-06-01'");
        await map.PauseAsync();

        Assert.True(string.CompareOrdinal(await map.DateAsync(), "2008-06-01") > 0);
    }

    [Fact]
    public async Task State_Clicked_ShowsItsRecordWithSources()
    {
        var map = await OpenAsync("?asOf=2020-06-01");

        await map.OpenStateAsync("Ghana");

        var panel = await map.StatePanelAsync();
        Assert.Contains("Ghana (GHA)", panel, StringComparison.Ordinal);
        Assert.Contains("withdrawn", panel, StringComparison.Ordinal);
        Assert.Contains("2008-10-08: voted abstain in UN general-assembly on XKX", panel, StringComparison.Ordinal);
        Assert.True(await map.Page.Locator("#state a[href^='http']").CountAsync() > 0, "sources are linked");
        await map.ScreenshotAsync("state-ghana");

        // and a copied link reopens the state's record
        var again = new MapPage(await browser.Browser.NewPageAsync(), browser.Address);
        await again.OpenAsync(new Uri(map.Page.Url).Query);
        await again.Page.Locator("#state:not([hidden])").WaitForAsync();
        Assert.Contains("Ghana (GHA)", await again.StatePanelAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_WithAnUnverifiedRelation_SaysSo()
    {
        var map = await OpenAsync("?asOf=2026-01-01");

        await map.OpenStateAsync("Lesotho");

        var panel = await map.StatePanelAsync();
        Assert.Contains("diplomatic none since 2025-11 (unverified): No diplomatic relations on record", panel, StringComparison.Ordinal);

        await map.OpenStateAsync("France");
        var france = await map.StatePanelAsync();
        Assert.Contains("diplomatic established since 2008-02-18", france, StringComparison.Ordinal);
        Assert.DoesNotContain("(unverified)", france, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_CopiedAndReopened_ShowsTheSameView()
    {
        var map = await OpenAsync("?asOf=2013-06-26");
        await map.ChoosePerspectiveAsync("serbia");
        var (url, count) = (map.Page.Url, await map.UnCountAsync());

        var again = await browser.Browser.NewPageAsync();
        await again.GotoAsync(url);
        var reopened = new MapPage(again, browser.Address);
        await reopened.WaitForDateAsync();

        Assert.Equal(count, await reopened.UnCountAsync());
        Assert.Equal("serbia", await again.GetByLabel("Perspective").InputValueAsync());
        Assert.Equal("2013-06-26", await reopened.DateAsync());
    }

    [Fact]
    public async Task Layer_DiplomaticRelations_RecolorsTheMapByRelation()
    {
        var map = await OpenAsync("?asOf=2021-01-01");
        Assert.Equal("rgb(200, 200, 200)", await map.FillOfAsync("BRA")); // does not recognise

        await map.ChooseLayerAsync("diplomatic");
        await map.ScreenshotAsync("map-diplomatic-2021");

        Assert.Equal("rgb(0, 114, 178)", await map.FillOfAsync("ITA")); // relations established
        Assert.Equal("rgb(224, 224, 224)", await map.FillOfAsync("BRA")); // none on record
        Assert.Equal(104, await map.UnCountAsync()); // the count stays that of recognition
        Assert.Contains("diplomatic established", await map.Page.Locator("#legend").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AtPhoneWidth_NothingWiderThanTheScreen()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var map = new MapPage(page, browser.Address);

        await map.OpenAsync("?asOf=2010-01-01");
        await map.ScreenshotAsync("map-phone");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at phone width");
        Assert.Equal(64, await map.UnCountAsync());
    }

    [Fact]
    public async Task Map_StateReachedWithTheKeyboard_EnterOpensItsRecord()
    {
        var map = await OpenAsync("?asOf=2021-01-01");

        await map.Page.Locator("#map path[data-map-code=\"FRA\"]").FocusAsync();
        await map.Page.Keyboard.PressAsync("Enter");
        await map.Page.Locator("#state:not([hidden])").WaitForAsync();

        Assert.Contains("France (FRA)", await map.StatePanelAsync(), StringComparison.Ordinal);
        Assert.Contains("France: recognises since 2008-02-18", await map.Page.Locator("#map path[data-map-code=\"FRA\"] title").TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
