using Microsoft.Playwright;

namespace Standing.Web.BrowserTests;

/// <summary>Every page links to every other, with the page the user is on marked for screen readers.</summary>
[Collection(nameof(InOneBrowser))]
public sealed class NavigationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Navigation_FollowedFromTheMap_ReachesEveryPageWithItMarkedCurrent()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Address, "/").ToString());
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        Assert.Equal("Map", await nav.Locator("[aria-current=page]").InnerTextAsync());

        foreach (var (name, path) in new[] { ("Timeline", "/timeline.html"), ("Organisations", "/organisations.html"), ("Vote calculator and routes", "/tools.html"), ("Map", "/") })
        {
            await nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            // The new page's address is enough: the marks below are waited for, so a slow script or chart does not count.
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path, new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(nav.Locator("[aria-current=page]")).ToHaveTextAsync(name);

            Assert.Equal(name, await nav.Locator("[aria-current=page]").InnerTextAsync());
            Assert.Equal(5, await nav.GetByRole(AriaRole.Link).CountAsync());
        }
    }

    [Fact]
    public async Task EveryPage_LoadsUnderTheContentSecurityPolicy_WithoutAViolationOrAScriptError()
    {
        var page = await browser.Browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");

        foreach (var path in new[] { "/?asOf=2010-01-01", "/timeline.html", "/organisations.html", "/tools.html" })
        {
            var response = await page.GotoAsync(new Uri(browser.Address, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
