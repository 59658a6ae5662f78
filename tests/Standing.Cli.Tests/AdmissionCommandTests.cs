namespace Standing.Cli.Tests;

public sealed class AdmissionCommandTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Theory]
    [InlineData("1", "76", "56", "22", false, 88, -12)]
    [InlineData("2", "68", "51", "16", false, 80, -12)]
    [InlineData("1", "88", "44", "22", true, 88, 0)]
    public async Task Vote_Interpol_GivesPassedRequiredAndMargin(string round, string yes, string no, string abstain, bool passed, int required, int margin)
    {
        var result = await cli.RunAsync("vote", "--org", "INTERPOL", "--round", round, "--yes", yes, "--no", no, "--abstain", abstain,
            "--as-of", "2018-11-20", "--format", "json");

        var json = result.Json;
        Assert.Equal(passed ? 0 : 1, result.ExitCode);
        Assert.Equal(passed, json.GetProperty("passed").GetBoolean());
        Assert.Equal(required, json.GetProperty("required").GetInt32());
        Assert.Equal(margin, json.GetProperty("margin").GetInt32());
        Assert.Equal("two-thirds-of-votes-cast", json.GetProperty("rule").GetString());
        Assert.Contains($"two thirds of {int.Parse(yes, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(no, System.Globalization.CultureInfo.InvariantCulture)} is {required}",
            json.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var present = new[] { yes, no, abstain }.Sum(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(194 - present, json.GetProperty("tally").GetProperty("absent").GetInt32()); // Interpol had 194 members that day
    }

    [Fact]
    public async Task Vote_SecurityCouncilWithAVeto_HasNoRequiredNumber()
    {
        var file = Path.Combine(Path.GetTempPath(), $"standing-votes-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["code,vote", "USA,no", "FRA,yes", "GBR,abstain", "CHN,yes", "RUS,yes",
            "DZA,yes", "ECU,yes", "GUY,yes", "JPN,yes", "MLT,yes", "MOZ,yes", "KOR,yes", "SLE,yes", "SVN,yes", "CHE,abstain"], TestContext.Current.CancellationToken);
        try
        {
            var result = await cli.RunAsync("vote", "--org", "UN", "--body", "security-council", "--votes", file, "--as-of", "2024-04-18", "--format", "json");

            Assert.Equal(1, result.ExitCode);
            Assert.False(result.Json.GetProperty("passed").GetBoolean());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json.GetProperty("required").ValueKind);
            Assert.Contains("vetoed by USA", result.Json.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Vote_Table_ExplainsAndShowsOtherReadings()
    {
        var result = await cli.RunAsync("vote", "--org", "INTERPOL", "--yes", "76", "--no", "56", "--abstain", "22", "--as-of", "2018-11-20");

        Assert.StartsWith("Not passed: general-assembly of INTERPOL, round 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("Under the reading", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--yes", "vote", "--org", "INTERPOL", "--yes", "-1", "--no", "5")]
    [InlineData("--yes/--no/--abstain", "vote", "--org", "INTERPOL", "--yes", "150", "--no", "50", "--as-of", "2018-11-20")]
    [InlineData("--round", "vote", "--org", "INTERPOL", "--round", "3", "--yes", "1", "--no", "0")]
    [InlineData("--body", "vote", "--org", "UN", "--body", "trusteeship-council", "--yes", "1", "--no", "0")]
    [InlineData("--org", "vote", "--org", "FIFA", "--yes", "1", "--no", "0")]
    [InlineData("--yes and --no", "vote", "--org", "INTERPOL")]
    [InlineData("--org", "vote", "--yes", "1", "--no", "0")]
    [InlineData("--org", "admission", "--org", "FIFA")]
    [InlineData("id", "rules", "FIFA")]
    [InlineData("id", "rules", "not an id")]
    [InlineData("--org", "power", "--org", "FIFA")]
    public async Task BadInput_OneLineOnStderr_ExitTwo(string named, params string[] args)
    {
        (await cli.RunAsync(args)).AssertUsageError(named);
    }

    [Fact]
    public async Task Rules_Json_ListsEveryProcedureWithKindsAndSources()
    {
        var result = await cli.RunAsync("rules", "--format", "json");

        var procedures = result.Json.EnumerateArray().ToList();
        Assert.True(procedures.Count >= 14);
        var interpol = procedures.Single(p => p.GetProperty("organisation").GetString() == "INTERPOL");
        var stage = interpol.GetProperty("stages")[0];
        Assert.Equal(2, stage.GetProperty("rounds").GetInt32());
        Assert.Equal("majority", stage.GetProperty("rule").GetProperty("kind").GetString());
        Assert.StartsWith("http", stage.GetProperty("rule").GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_OneOrganisation_Table_DescribesStagesInOrder()
    {
        var result = await cli.RunAsync("rules", "UN");

        var security = result.Output.IndexOf("1. security-council", StringComparison.Ordinal);
        var assembly = result.Output.IndexOf("2. general-assembly", StringComparison.Ordinal);
        Assert.True(security >= 0 && assembly > security, result.Output);
        Assert.Contains("[veto]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Votes_Json_EveryVerdictMatchesHistory()
    {
        var result = await cli.RunAsync("votes", "--format", "json");

        var rows = result.Json.EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "interpol-2018-xkx-r2" && r.GetProperty("required").GetInt32() == 80);
        Assert.All(rows, r => Assert.True(r.GetProperty("matches").GetBoolean(), r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Votes_MembersOfARollCall_AddUpToItsTallyWithEachMembersRecognition()
    {
        var result = await cli.RunAsync("votes", "unesco-eb-2015-xkx", "--members", "--format", "json");

        var rows = result.Json.EnumerateArray().ToList();
        var votes = rows.GroupBy(r => r.GetProperty("vote").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal((27, 14, 14, 3), (votes["yes"], votes["no"], votes["abstain"], votes["absent"]));
        var russia = Assert.Single(rows, r => r.GetProperty("code").GetString() == "RUS");
        Assert.Equal("no", russia.GetProperty("vote").GetString());
        Assert.All(rows, r => Assert.StartsWith("http", r.GetProperty("source").GetString(), StringComparison.Ordinal));
        Assert.Contains(rows, r => r.GetProperty("recognition").GetString() == "recognised" && r.GetProperty("vote").GetString() == "abstain");
    }

    [Fact]
    public async Task Votes_OneId_ShowsThatVoteWithItsBallot()
    {
        var rollCall = await cli.RunAsync("votes", "unesco-eb-2015-xkx", "--format", "json");
        var secret = await cli.RunAsync("votes", "interpol-2017-pse", "--members");

        var row = Assert.Single(rollCall.Json.EnumerateArray());
        Assert.Equal(("roll-call", 58), (row.GetProperty("ballot").GetString(), row.GetProperty("listed").GetInt32()));
        Assert.Contains("a secret ballot: only the tally can be known", secret.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_AMemberOfAVotingBody_ListsItsVotes()
    {
        var result = await cli.RunAsync("state", "ESP", "--format", "json");

        var votes = result.Json.GetProperty("votes").EnumerateArray().ToList();
        Assert.Contains(votes, v => v.GetProperty("vote").GetString() == "unesco-eb-2015-xkx" && v.GetProperty("cast").GetString() == "no");
    }

    [Fact]
    public async Task Votes_FilteredBySubjectName_OnlyThatSubject()
    {
        var result = await cli.RunAsync("votes", "--subject", "Palestine", "--format", "json");

        Assert.All(result.Json.EnumerateArray(), r => Assert.Equal("PSE", r.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task Admission_Nato_ListsTheFourNonRecognisingAlliesAsBlockers()
    {
        var result = await cli.RunAsync("admission", "--org", "NATO", "--as-of", "2024-12-31", "--format", "json");

        var json = result.Json;
        Assert.Equal(["ESP", "GRC", "ROU", "SVK"], json.GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["north-atlantic-council", "ratification"], json.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(28, json.GetProperty("stages")[0].GetProperty("recognizing").GetInt32());
    }

    [Fact]
    public async Task Admission_InterpolDuringTheMoratorium_SaysSo()
    {
        var result = await cli.RunAsync("admission", "--org", "INTERPOL", "--as-of", "2021-01-01", "--format", "json");

        Assert.Contains("moratorium in force", result.Json.GetProperty("moratorium").GetString(), StringComparison.Ordinal);
        Assert.Equal("interpol-2018-xkx-r2", result.Json.GetProperty("stages")[0].GetProperty("lastVote").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Admission_Table_StartsWithTheSummaryLine()
    {
        var result = await cli.RunAsync("admission", "--org", "UNESCO", "--as-of", "2016-01-01");

        Assert.StartsWith("XKX and UNESCO on 2016-01-01: status none; still missing: executive-board, general-conference", result.Output, StringComparison.Ordinal);
    }
}
