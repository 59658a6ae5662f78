using System.Text.Json;

namespace Standing.Cli.Tests;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    /// <summary>Bad input's contract: exit code 2, nothing on stdout, one line on stderr naming <paramref name="named"/>, no stack trace.</summary>
    public void AssertUsageError(string named)
    {
        Assert.Equal(2, ExitCode);
        Assert.Equal("", Output);
        var line = Assert.Single(Error.TrimEnd().Split('\n'));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }
}

/// <summary>Runs <c>standing</c> in process against the repository's data set and one database shared by the test class.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Database = Path.Combine(Path.GetTempPath(), $"standing-cli-{Guid.NewGuid():N}.db");
    }

    /// <summary>"Today" for every run: 2021-01-01, the seeds' reference date.</summary>
    public static readonly DateTimeOffset Today = new(2021, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public string Database { get; }

    internal Task<CliResult> RunAsync(params string[] args) => RunOnAsync(args.Length == 0 ? null : Database, args);

    /// <summary>Runs with <c>--db <paramref name="database"/></c> (none when null).</summary>
    internal static Task<CliResult> RunOnAsync(string? database, params string[] args) => RunOnAsync(database, TestContext.Current.CancellationToken, args);

    /// <summary>Runs until done or until <paramref name="ct"/> is cancelled, as Ctrl-C does.</summary>
    internal static async Task<CliResult> RunOnAsync(string? database, CancellationToken ct, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var host = new CliHost(new FixedClock(Today), RepositoryData.Directory);
        string[] withDatabase = database is null ? args : [.. args, "--db", database];
        var exit = await StandingCli.RunAsync(withDatabase, host, output, error, ct);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Starts the built <c>standing</c> program as its own process on <paramref name="database"/>, with extra environment variables.</summary>
    internal static System.Diagnostics.Process StartProcess(string database, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "standing.exe" : "standing"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["STANDING_DB"] = database, ["STANDING_DATA"] = RepositoryData.Directory },
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return System.Diagnostics.Process.Start(start)!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Database);
    }
}
