namespace Standing.Cli.Tests;

/// <summary>The command line with <c>--db</c> holding a PostgreSQL connection string: the same answers as on SQLite, and the same writes.</summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly TestDatabase _postgres = new("postgres");
    private readonly TestDatabase _sqlite = new("sqlite");

    public void Dispose()
    {
        _postgres.Dispose();
        _sqlite.Dispose();
    }

    [Fact]
    public async Task EveryAnswer_IsTheSameAsOnSqlite()
    {
        string[][] questions =
        [
            ["summary", "--as-of", "2008-10-31"], ["orgs", "--as-of", "2024-12-31"], ["state", "SLE", "--perspective", "kosovo"],
            ["votes", "unesco-gc-2015-xkx", "--members"], ["admission", "--org", "UNESCO", "--as-of", "2016-01-01"], ["route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--on", "2021-06-14"],
        ];

        foreach (var question in questions)
        {
            var (onSqlite, onPostgres) = (await CliRunner.RunOnAsync(_sqlite.Address, [.. question, "--format", "json"]), await CliRunner.RunOnAsync(_postgres.Address, [.. question, "--format", "json"]));
            Assert.Equal((0, onSqlite.Output), (onPostgres.ExitCode, onPostgres.Output));
        }
    }

    [Fact]
    public async Task EditAndHistory_WorkOnPostgres()
    {
        var added = await CliRunner.RunOnAsync(_postgres.Address, "edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", "https://example.org/a", "--author", "Desk A");
        var refused = await CliRunner.RunOnAsync(_postgres.Address, "edit", "add", "--state", "ARG", "--kind", "withdrawn", "--date", "2019-01-01", "--source", "https://example.org/a");

        Assert.Equal(0, added.ExitCode);
        refused.AssertUsageError("--date");
        var history = (await CliRunner.RunOnAsync(_postgres.Address, "history", "--format", "json")).Json;
        Assert.Equal("Desk A", Assert.Single(history.EnumerateArray()).GetProperty("author").GetString());
    }

    [Fact]
    public async Task AnUnreachableServer_IsAnEnvironmentError_NamingTheDatabaseWithoutItsPassword()
    {
        var result = await CliRunner.RunOnAsync("Host=127.0.0.1;Port=1;Username=postgres;Password=secret;Database=standing;Timeout=2", "summary");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("'standing' on the PostgreSQL server 127.0.0.1:1 cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }
}
