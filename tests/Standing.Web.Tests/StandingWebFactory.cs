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

    public string Database { get; } = Path.Combine(Path.GetTempPath(), $"standing-web-{Guid.NewGuid():N}.db");

    /// <summary>The database and data set the app uses, for tests that reach the store directly (as another process would).</summary>
    public StandingDataOptions Options => new() { DatabasePath = Database, DataDirectory = RepositoryData.Directory };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Database);
    }
}
