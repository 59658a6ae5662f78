using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Standing.Data;

namespace Standing.Web.Tests;

/// <summary>
/// The web app (found through a type of its assembly: the command line has a Program of its own) on the repository's data set, a database of its own and a fixed "today" (2021-01-01, as the CLI tests).</summary>
public sealed class StandingWebFactory : WebApplicationFactory<Standing.Web.Infrastructure.RegistrySource>
{
    public static readonly DateTimeOffset Today = new(2021, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase? _own;

    /// <summary>The app on a SQLite database of its own.</summary>
    public StandingWebFactory()
        : this(null)
    {
    }

    /// <summary>The app on <paramref name="database"/> (another node may share it); on a SQLite file of its own when null.</summary>
    internal StandingWebFactory(TestDatabase? database)
    {
        _own = database is null ? new TestDatabase("sqlite") : null;
        Options = (database ?? _own!).Options(RepositoryData.Directory);
    }

    /// <summary>The database and data set the app uses, for tests that reach the store directly (as another process would).</summary>
    public StandingDataOptions Options { get; }

    /// <summary>Settings given to the app as its configuration would (e.g. <c>RateLimits:RequestsPerSecond</c>).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<StandingDataOptions>();
            services.AddSingleton(Options);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(Today));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _own?.Dispose();
    }
}
