namespace Standing.Cli.Tests;

/// <summary><c>standing keys</c>, <c>edit</c> and <c>history</c>: each test on a database of its own.</summary>
public sealed class EditCommandTests : IDisposable
{
    private const string Source = "https://example.org/argentina";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"standing-edit-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private Task<CliResult> RunAsync(params string[] args) => CliRunner.RunOnAsync(_database, args);

    [Fact]
    public async Task KeysCreate_TheContract_IdNameRoleAndTheKeyShownOnce()
    {
        var created = await RunAsync("keys", "create", "--role", "editor", "--name", "Desk A", "--format", "json");

        Assert.Equal(0, created.ExitCode);
        var json = created.Json;
        Assert.Equal(("Desk A", "editor"), (json.GetProperty("name").GetString(), json.GetProperty("role").GetString()));
        var key = json.GetProperty("key").GetString()!;
        Assert.StartsWith($"stk_{json.GetProperty("id").GetString()}_", key, StringComparison.Ordinal);
        var listed = await RunAsync("keys", "list", "--format", "json");
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, await File.ReadAllTextAsync(_database, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRevoke_MarksTheKey_AndAnUnknownIdIsAUsageError()
    {
        var id = (await RunAsync("keys", "create", "--role", "admin", "--name", "Admin", "--format", "json")).Json.GetProperty("id").GetString()!;

        var revoked = await RunAsync("keys", "revoke", id, "--format", "json");

        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(CliRunner.Today, revoked.Json.GetProperty("revoked").GetDateTimeOffset());
        (await RunAsync("keys", "revoke", "nosuchkey")).AssertUsageError("ID");
        (await RunAsync("keys", "create", "--role", "emperor", "--name", "X")).AssertUsageError("--role");
    }

    [Fact]
    public async Task EditAdd_ThenHistory_ListsTheChangeWithItsAuthorAndSource()
    {
        var before = (await RunAsync("summary", "--format", "json")).Json.GetProperty("unMembersRecognizing").GetInt32();

        var added = await RunAsync("edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", Source, "--author", "Desk A", "--format", "json");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(("XKX-ARG-recognised-2020-12-01", "added"), (added.Json.GetProperty("fact").GetString(), added.Json.GetProperty("action").GetString()));
        Assert.Equal(before + 1, (await RunAsync("summary", "--format", "json")).Json.GetProperty("unMembersRecognizing").GetInt32());
        var history = (await RunAsync("history", "--state", "ARG", "--format", "json")).Json;
        var change = Assert.Single(history.EnumerateArray());
        Assert.Equal(("Desk A", Source), (change.GetProperty("author").GetString(), change.GetProperty("source").GetString()));
        Assert.Empty((await RunAsync("history", "--state", "FRA", "--format", "json")).Json.EnumerateArray());
    }

    [Fact]
    public async Task EditOfOtherKinds_TakesTheirFieldsAsOptions_AndHistoryFiltersByType()
    {
        var ended = await RunAsync("edit", "correct", "membership", "OIC-SEN-member-1969", "--until", "2020-01-01", "--source", Source, "--format", "json");
        var claim = await RunAsync("edit", "add", "claim", "--id", "ARG-recognition-XKX", "--state", "ARG", "--event", "recognised", "--event-date", "2020-11-30",
            "--party", "XKX", "--stance", "asserts", "--status", "disputed", "--statement", "Kosovo says Argentina recognised it.", "--source", Source, "--format", "json");

        Assert.Equal((0, 0), (ended.ExitCode, claim.ExitCode));
        Assert.Equal(("membership", "2020-01-01"), (ended.Json.GetProperty("type").GetString(), ended.Json.GetProperty("after").GetProperty("until").GetString()));
        Assert.Equal("1969", ended.Json.GetProperty("after").GetProperty("since").GetString());
        var claims = (await RunAsync("history", "--type", "claim", "--format", "json")).Json;
        Assert.Equal("ARG-recognition-XKX", Assert.Single(claims.EnumerateArray()).GetProperty("fact").GetString());
        Assert.Contains("ARG-recognition-XKX", (await RunAsync("state", "ARG", "--format", "json")).Output, StringComparison.Ordinal);
        (await RunAsync("edit", "add", "claim", "--id", "x", "--state", "ARG", "--event", "recognised", "--event-date", "soon", "--party", "XKX", "--stance", "asserts",
            "--status", "disputed", "--statement", "s", "--source", Source)).AssertUsageError("--event-date");
        (await RunAsync("edit", "retract", "vote", "no-such-vote", "--source", Source)).AssertUsageError("ID");
        (await RunAsync("history", "--type", "rumour")).AssertUsageError("--type");
        Assert.Equal(2, (await RunAsync("history", "--format", "json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Facts_ListTheIdsThatEditTakes_WithTheirVersions()
    {
        var senegal = (await RunAsync("facts", "membership", "--state", "SEN", "--format", "json")).Json.EnumerateArray().ToList();
        var oic = senegal.Single(f => f.GetProperty("values").GetProperty("organisation").GetString() == "OIC");
        Assert.Equal(("OIC-SEN-member-1969", 0), (oic.GetProperty("id").GetString(), oic.GetProperty("version").GetInt32()));

        Assert.Equal(0, (await RunAsync("edit", "correct", "membership", "OIC-SEN-member-1969", "--note", "checked", "--source", Source)).ExitCode);

        var after = (await RunAsync("facts", "membership", "--state", "SEN", "--format", "json")).Json.EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "OIC-SEN-member-1969");
        Assert.Equal((1, "checked"), (after.GetProperty("version").GetInt32(), after.GetProperty("values").GetProperty("note").GetString()));
        (await RunAsync("facts", "rumour")).AssertUsageError("rumour");
    }

    [Fact]
    public async Task EditCorrect_ThatChangesNothing_ExitsZero_SaysSo_AndRecordsNoChange()
    {
        Assert.Equal(0, (await RunAsync("edit", "correct", "membership", "OIC-SEN-member-1969", "--note", "checked", "--source", Source)).ExitCode);

        var repeated = await RunAsync("edit", "correct", "membership", "OIC-SEN-member-1969", "--note", "checked", "--source", Source, "--format", "json");

        Assert.Equal((0, ""), (repeated.ExitCode, repeated.Output));
        Assert.Equal("OIC-SEN-member-1969 already has these values: there is nothing to change; no change was recorded", repeated.Error.TrimEnd());
        Assert.Equal(1, (await RunAsync("history", "--format", "json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Conflicts_OnTheShippedDataSet_AreNone()
    {
        await RunAsync("edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", Source);

        var conflicts = await RunAsync("conflicts", "--format", "json");

        Assert.Equal((0, 0), (conflicts.ExitCode, conflicts.Json.GetArrayLength()));
    }

    [Fact]
    public async Task EditCorrectRetractRevert_EachIsAChange_AndTheFactEndsAsItWas()
    {
        await RunAsync("edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", Source);

        Assert.Equal(0, (await RunAsync("edit", "correct", "XKX-ARG-recognised-2020-12-01", "--date", "2020-11-30", "--source", "https://example.org/c")).ExitCode);
        Assert.Equal(0, (await RunAsync("edit", "retract", "XKX-ARG-recognised-2020-12-01", "--source", "https://example.org/r")).ExitCode);
        Assert.Equal(0, (await RunAsync("edit", "revert", "3", "--source", "https://example.org/v")).ExitCode);

        var history = (await RunAsync("history", "--fact", "XKX-ARG-recognised-2020-12-01", "--format", "json")).Json.EnumerateArray().ToList();
        Assert.Equal(["reverted", "retracted", "corrected", "added"], history.Select(c => c.GetProperty("action").GetString()));
        Assert.Equal("2020-11-30", history[0].GetProperty("after").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("--date", "edit", "add", "--state", "ARG", "--kind", "withdrawn", "--date", "2020-12-01", "--source", Source)]
    [InlineData("--state", "edit", "add", "--state", "QQQ", "--kind", "recognised", "--date", "2020-12-01", "--source", Source)]
    [InlineData("--date", "edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-02-30", "--source", Source)]
    [InlineData("--kind", "edit", "add", "--state", "ARG", "--kind", "liked", "--date", "2020-12-01", "--source", Source)]
    [InlineData("--source", "edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", "notes")]
    [InlineData("--note", "edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", "unverified")]
    [InlineData("standing: fact: XKX-FRA-recognised-2008-02-18 is already recorded", "edit", "add", "--state", "FRA", "--kind", "recognised", "--date", "2008-02-18", "--source", Source)]
    [InlineData("ID", "edit", "correct", "XKX-ARG-recognised-1999-01-01", "--date", "2020-11-30", "--source", Source)]
    [InlineData("CHANGE", "edit", "revert", "99", "--source", Source)]
    public async Task Edit_BadChange_IsAUsageError_AndWritesNothing(string named, params string[] args)
    {
        (await RunAsync(args)).AssertUsageError(named);

        Assert.Empty((await RunAsync("history", "--format", "json")).Json.EnumerateArray());
    }
}
