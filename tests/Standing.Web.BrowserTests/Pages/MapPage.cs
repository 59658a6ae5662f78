using Microsoft.Playwright;

namespace Standing.Web.BrowserTests.Pages;

/// <summary>The map page, as a user reads and drives it: the count, the states' statuses, the slider, the perspective.</summary>
public sealed class MapPage(IPage page, Uri address)
{
    public IPage Page => page;

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync(new Uri(address, "/" + query).ToString());
        await WaitForDateAsync();
    }

    /// <summary>Waits until the view in the URL (date and perspective) is the one painted.</summary>
    public async Task WaitForDateAsync()
    {
        await page.WaitForFunctionAsync(
            "() => { const u = new URL(location.href).searchParams; return document.body.dataset.view === `asOf=${u.get('asOf')}&perspective=${u.get('perspective')}&layer=${u.get('layer')}`; }");
    }

    public async Task<int> UnCountAsync() => int.Parse(await page.GetByTestId("un-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    public Task<int> CountWithStatusAsync(string status) => page.Locator($"[data-status=\"{status}\"]").CountAsync();

    public Task<string?> StatusOfAsync(string code) => page.Locator($"[data-code=\"{code}\"]").GetAttributeAsync("data-status");

    public string ShownDate => new Uri(page.Url).Query;

    public async Task<string> DateAsync() => await page.Locator("#shown-date").InnerTextAsync();

    /// <summary>Moves the date slider with the keyboard, as a user without a mouse would.</summary>
    public async Task PressOnSliderAsync(string key)
    {
        await page.GetByLabel("Date: move to see recognition spread").FocusAsync();
        await page.Keyboard.PressAsync(key);
        await WaitForDateAsync();
    }

    public async Task ChoosePerspectiveAsync(string perspective)
    {
        await page.GetByLabel("Perspective").SelectOptionAsync(perspective);
        await page.WaitForFunctionAsync($"() => new URL(location.href).searchParams.get('perspective') === '{perspective}'");
        await WaitForDateAsync();
    }

    public async Task ChooseLayerAsync(string layer)
    {
        await page.GetByLabel("Layer").SelectOptionAsync(layer);
        await page.WaitForFunctionAsync($"() => new URL(location.href).searchParams.get('layer') === '{layer}'");
        await WaitForDateAsync();
    }

    /// <summary>The fill of the state's shape on the map.</summary>
    public Task<string> FillOfAsync(string code) => page.Locator($"#map path[data-map-code=\"{code}\"]").EvaluateAsync<string>("p => p.style.fill");

    public Task PlayAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Play" }).ClickAsync();

    public Task PauseAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();

    public async Task OpenStateAsync(string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        // The panel's first line is "Name (CODE) on …": waiting for it, not just for the panel, also covers a panel
        // already open on another state.
        await page.Locator("#state:not([hidden])", new() { HasText = $"{name} (" }).WaitForAsync();
    }

    public Task<string> StatePanelAsync() => page.Locator("#state").InnerTextAsync();

    public Task ScreenshotAsync(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = false });
}
