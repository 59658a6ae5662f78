namespace Standing.Cli.Tests;

/// <summary>Files of bad input for <see cref="ErrorTests"/>, made once in a folder of their own.</summary>
public sealed class BadInputFiles : IDisposable
{
    public BadInputFiles()
    {
        Write("empty.csv", "");
        Write("model-header-only.csv", "code,yes,no,abstain,absent\n");
        Write("model-wrong-header.csv", "state,yes,no\nFRA,1,0\n");
        Write("model-duplicate.csv", "code,yes,no,abstain,absent\nFRA,0.5,0.5,0,0\nFRA,0.5,0.5,0,0\n");
        Write("model-unknown.csv", "code,yes,no,abstain,absent\nZZQ,0.5,0.5,0,0\n");
        Write("model-subject.csv", "code,yes,no,abstain,absent\nXKX,0.5,0.5,0,0\n");
        Write("model-short-row.csv", "code,yes,no,abstain,absent\nFRA,0.5,0.5\n");
        Write("model-not-probabilities.csv", "code,yes,no,abstain,absent\nFRA,0.9,0.9,0,0\n");
        Write("votes-header-only.csv", "code,vote\n");
        Write("votes-duplicate.csv", "code,vote\nFRA,yes\nFRA,no\n");
        Write("votes-unknown.csv", "code,vote\nZZQ,yes\n");
        Write("votes-subject.csv", "code,vote\nXKX,yes\n");
        Write("votes-bad-choice.csv", "code,vote\nFRA,maybe\n");
        Write("votes-good.csv", "code,vote\nFRA,yes\n");
        Write("votes-quoted.csv", "\"code\",\"vote\"\n\"FRA\",\"yes\"\n\"DEU\",\"no\"\n");
        Write("model-unclosed-quote.csv", "code,yes,no,abstain,absent\n\"FRA,0.5,0.5,0,0\n");
        Write("weights-duplicate.csv", "code,weight\nFRA,4\nFRA,4\n");
        Write("weights-header-only.csv", "code,weight\n");
        Write("weights-huge.csv", "code,weight\nFRA,2000000000000\nDEU,1\n");
        Write("weights-too-much.csv", "code,weight\nFRA,20000000\nDEU,20000000\n");
        Write("weights-unknown.csv", "code,weight\nZZQ,4\nFRA,3\n");
        Write("exists.png", "not a chart");
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("standing-bad-input-").FullName;

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path(name), text);
}

public sealed class ErrorTests(CliRunner cli, BadInputFiles files) : IClassFixture<CliRunner>, IClassFixture<BadInputFiles>
{
    /// <summary>
    /// Every kind of bad input: the option it names, then the arguments (<c>{files}</c> is the folder of
    /// <see cref="BadInputFiles"/>). Each must give exit 2, nothing on stdout, one line on stderr naming the option,
    /// and no stack trace, .NET type name or "(Parameter ...)" suffix.
    /// </summary>
    public static TheoryData<string, string> Cases => new()
    {
        // Dates, formats, names
        { "--as-of", "summary --as-of 2020-13-45" },
        { "--as-of", "recognitions --as-of 31/10/2008" },
        { "--format", "orgs --format xml" },
        { "--perspective", "summary --perspective russia" },
        { "--subject", "summary --subject ATL" },
        { "--subject", "summary --subject FRA" },
        { "code", "state ATL" },
        { "--to", "timeline --from 2020-01-01 --to 2019-01-01" },
        { "nonsense", "nonsense" },
        // Numbers that are not numbers, or too large
        { "--yes", "vote --org INTERPOL --yes 1.5 --no 3" },
        { "--round", "vote --org INTERPOL --round two --yes 1 --no 3" },
        { "--yes", "vote --org INTERPOL --yes 99999999999 --no 3" },
        { "--yes", "vote --org INTERPOL --yes -1 --no 5" },
        { "--yes/--no/--abstain/--absent", "vote --org INTERPOL --yes 2147483647 --no 2147483647 --abstain 1" },
        { "--yes/--no/--abstain/--absent", "vote --org INTERPOL --yes 2147483000 --no 1 --absent 2000" },
        { "--monte-carlo", "forecast --org UNESCO --monte-carlo 0" },
        { "--monte-carlo", "forecast --org UNESCO --monte-carlo 1000000000" },
        { "--monte-carlo", "forecast --org UNESCO --monte-carlo lots" },
        { "--seed", "forecast --org UNESCO --seed -1 --monte-carlo 10" },
        { "--after-round", "forecast --org INTERPOL --round 2 --after-round 76,56" },
        { "--after-round", "forecast --org INTERPOL --round 2 --after-round 76,56,-1" },
        { "--after-round", "forecast --org INTERPOL --round 2 --after-round 300,56,22" },
        { "--quota", "power --weights {files}/weights-duplicate.csv --quota x" },
        // Unknown ids
        { "--org", "votes --org XYZ" },
        { "id", "votes nope --members" },
        { "--members", "votes --members" },
        { "--members", "votes unesco-eb-2015-xkx --members --org UNESCO" },
        { "--org", "vote --org XYZ --yes 1 --no 1" },
        { "--org", "forecast --org XYZ" },
        { "--round", "vote --org INTERPOL --round 3 --yes 1 --no 1" },
        // Files that are folders, missing, empty, header-only, malformed, duplicated, unknown, or the subject voting
        { "--model", "forecast --org INTERPOL --model {files}" },
        { "--model", "forecast --org INTERPOL --model {files}/missing.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/empty.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-header-only.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-wrong-header.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-duplicate.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-unknown.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-subject.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-short-row.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-not-probabilities.csv" },
        { "--model", "forecast --org INTERPOL --model {files}/model-unclosed-quote.csv" },
        { "--votes", "vote --org INTERPOL --votes {files}" },
        { "--votes", "vote --org INTERPOL --votes {files}/empty.csv" },
        { "--votes", "vote --org INTERPOL --votes {files}/votes-header-only.csv" },
        { "--votes", "vote --org INTERPOL --votes {files}/votes-duplicate.csv" },
        { "--votes", "vote --org INTERPOL --votes {files}/votes-unknown.csv" },
        { "--votes", "vote --org INTERPOL --votes {files}/votes-subject.csv" },
        { "--votes", "vote --org INTERPOL --votes {files}/votes-bad-choice.csv" },
        { "--weights", "power --weights {files} --quota 3" },
        { "--weights", "power --weights {files}/empty.csv --quota 3" },
        { "--weights", "power --weights {files}/weights-header-only.csv --quota 3" },
        { "--weights", "power --weights {files}/weights-duplicate.csv --quota 3" },
        { "--weights", "power --weights {files}/weights-unknown.csv --quota 3" },
        { "--weights", "power --weights {files}/weights-huge.csv --quota 3" },
        { "--weights", "power --weights {files}/weights-too-much.csv --quota 3" },
        // Options that contradict each other
        { "--votes", "vote --org INTERPOL --votes {files}/votes-good.csv --yes 3" },
        { "--weights", "power --org IMF --weights {files}/weights-duplicate.csv" },
        { "--assume", "forecast --org UNESCO --assume ESP=yes --assume ESP=no" },
        { "--assume", "forecast --org UNESCO --assume bloc:EU=yes --assume bloc:eu=no" },
        { "--withdraw", "forecast --org UNESCO --recognise ESP --withdraw ESP" },
        { "--leave", "forecast --org UNESCO --join PSE --leave PSE" },
        { "--seed", "forecast --org UNESCO --seed 3" },
        // Charts: a bad name, a missing folder, a file that is there already
        { "--chart", "timeline --chart out.gif" },
        { "--chart", "timeline --chart {files}/no-such-folder/out.png" },
        { "--chart", "timeline --chart {files}/exists.png" },
        { "--chart", "channels stats --chart {files}/no-such-folder/out.svg" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_OneLineOnStderrNamingTheProblem_ExitTwo(string named, string args)
    {
        var before = Snapshot();

        var result = await cli.RunAsync(args.Replace("{files}", files.Folder, StringComparison.Ordinal).Split(' '));

        result.AssertUsageError(named);
        Assert.DoesNotContain("(Parameter", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    /// <summary>Every file in the bad-input folder with its bytes: none may change or appear.</summary>
    private string Snapshot() => string.Join(";", Directory.GetFileSystemEntries(files.Folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => File.Exists(f) ? $"{f}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}" : f));

    [Fact]
    public async Task Votes_FileWithQuotedFields_IsReadAsASpreadsheetWritesIt()
    {
        var result = await cli.RunAsync("vote", "--org", "INTERPOL", "--votes", files.Path("votes-quoted.csv"), "--as-of", "2018-11-20", "--format", "json");

        Assert.Equal("", result.Error);
        var tally = result.Json.GetProperty("tally");
        Assert.Equal((1, 1), (tally.GetProperty("yes").GetInt32(), tally.GetProperty("no").GetInt32()));
    }
}
