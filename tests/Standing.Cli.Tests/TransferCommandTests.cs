namespace Standing.Cli.Tests;

/// <summary><c>standing export</c> and <c>import</c>: a lossless round trip on both databases; a bad file writes nothing.</summary>
public sealed class TransferCommandTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("standing-transfer-").FullName;

    public void Dispose()
    {
        _databases.ForEach(d => d.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private string NewDatabase(string provider)
    {
        var database = new TestDatabase(provider);
        _databases.Add(database);
        return database.Address;
    }

    private static async Task MakeChangesAsync(string db)
    {
        Assert.Equal(0, (await CliRunner.RunOnAsync(db, "edit", "add", "--state", "ARG", "--kind", "recognised", "--date", "2020-12-01", "--source", "https://example.org/a", "--note", "a \"quoted\", note")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunOnAsync(db, "edit", "correct", "XKX-ARG-recognised-2020-12-01", "--date", "2020-11-30", "--source", "https://example.org/b")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunOnAsync(db, "edit", "retract", "XKX-FRA-recognised-2008-02-18", "--source", "https://example.org/c")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunOnAsync(db, "edit", "revert", "3", "--source", "https://example.org/d", "--author", "Desk B")).ExitCode);
        // Other kinds of fact: a membership ended, a claim recorded.
        Assert.Equal(0, (await CliRunner.RunOnAsync(db, "edit", "correct", "membership", "OIC-SEN-member-1969", "--until", "2020-01-01", "--source", "https://example.org/e")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunOnAsync(db, "edit", "add", "claim", "--id", "ARG-recognition-XKX", "--state", "ARG", "--event", "recognised", "--event-date", "2020-11-30",
            "--party", "XKX", "--stance", "asserts", "--status", "disputed", "--statement", "Kosovo says Argentina recognised it.", "--source", "https://example.org/f")).ExitCode);
    }

    [Theory]
    [InlineData("sqlite", "json")]
    [InlineData("sqlite", "csv")]
    [InlineData("postgres", "json")]
    [InlineData("postgres", "csv")]
    public async Task ExportThenImport_IntoAnotherDatabase_LosesNothing(string provider, string format)
    {
        var (from, to) = (NewDatabase(provider), NewDatabase(provider));
        await MakeChangesAsync(from);
        var (first, second) = (Path.Combine(_folder, "first"), Path.Combine(_folder, "second"));

        Assert.Equal(0, (await CliRunner.RunOnAsync(from, "export", first, "--format", format)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunOnAsync(to, "import", first)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunOnAsync(to, "export", second, "--format", format)).ExitCode);

        var file = $"edits.{format}";
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(first, file), TestContext.Current.CancellationToken), await File.ReadAllTextAsync(Path.Combine(second, file), TestContext.Current.CancellationToken));
        Assert.Equal((await CliRunner.RunOnAsync(from, "history", "--format", "json")).Output, (await CliRunner.RunOnAsync(to, "history", "--format", "json")).Output);
        Assert.Equal((await CliRunner.RunOnAsync(from, "summary", "--format", "json")).Output, (await CliRunner.RunOnAsync(to, "summary", "--format", "json")).Output);
        // The database's next change follows the imported ones.
        Assert.Equal(0, (await CliRunner.RunOnAsync(to, "edit", "retract", "XKX-ARG-recognised-2020-12-01", "--source", "https://example.org/e")).ExitCode);
        Assert.Equal(7, (await CliRunner.RunOnAsync(to, "history", "--format", "json")).Json[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ImportOfABadFile_ListsEveryBadRowWithItsLine_AndWritesNothing()
    {
        var db = NewDatabase("sqlite");
        await MakeChangesAsync(db);
        var export = Path.Combine(_folder, "export");
        await CliRunner.RunOnAsync(db, "export", export, "--format", "csv");
        var lines = (await File.ReadAllLinesAsync(Path.Combine(export, "edits.csv"), TestContext.Current.CancellationToken)).ToList();
        lines[1] = lines[1].Replace(",added,", ",admired,", StringComparison.Ordinal);
        lines[2] = lines[2].Replace(",2021-01-01T", ",2021-13-01T", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(Path.Combine(export, "edits.csv"), lines, TestContext.Current.CancellationToken);
        var before = (await CliRunner.RunOnAsync(db, "history", "--format", "json")).Output;

        var result = await CliRunner.RunOnAsync(db, "import", export);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("edits.csv:2: action 'admired'", result.Error, StringComparison.Ordinal);
        Assert.Contains("edits.csv:3:", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await CliRunner.RunOnAsync(db, "history", "--format", "json")).Output);
    }

    [Fact]
    public async Task ExportIntoAFolderWithFiles_IsRefused_AndTheFilesStay()
    {
        var db = NewDatabase("sqlite");
        var folder = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "edits.json"), "my notes", TestContext.Current.CancellationToken);

        (await CliRunner.RunOnAsync(db, "export", folder)).AssertUsageError("DIR");

        Assert.Equal("my notes", await File.ReadAllTextAsync(Path.Combine(folder, "edits.json"), TestContext.Current.CancellationToken));
    }
}
