using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Standing.Data;

namespace Standing.Web.BrowserTests;

/// <summary>
/// The web app on a real Kestrel port with the repository's data, and Debian's Chromium driven by Playwright
/// (no browser download: <c>/usr/bin/chromium</c>, headless). Screenshots go to the test output's screenshots folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private sealed class App(string database) : WebApplicationFactory<Infrastructure.RegistrySource>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<StandingDataOptions>();
                services.AddSingleton(new StandingDataOptions { DatabasePath = database, DataDirectory = RepositoryData.Directory });
            });
        }
    }

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"standing-browser-{Guid.NewGuid():N}.db");
    private App? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        _app = new App(_database);
        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        // One request each to the page and the map's answer, so the measurements below see a warm server, not its first JIT.
        using (var http = new HttpClient { BaseAddress = Address })
        {
            await http.GetStringAsync(new Uri("/", UriKind.Relative));
            await http.GetStringAsync(new Uri("/api/map?asOf=2000-01-01", UriKind.Relative));
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}

[CollectionDefinition(nameof(InOneBrowser), DisableParallelization = true)]
public sealed class InOneBrowser : ICollectionFixture<BrowserFixture>;
