namespace Standing.Cli.Tests;

/// <summary>Answers that once misled: each says what the data says, and why.</summary>
public sealed class AnswerTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Theory]
    [InlineData("GHA", "2020-06-01", "withdrawn", "2012-01-23", "2019-11-07")]
    [InlineData("TGO", "2020-06-01", "withdrawn", null, null)]
    [InlineData("GNB", "2020-06-01", "recognised", "2011-01-10", "2018-01-24")]
    [InlineData("FRA", "2020-06-01", "recognised", "2008-02-18", "2008-02-18")]
    [InlineData("SRB", "2020-06-01", "never-recognised", null, null)]
    [InlineData("XKX", "2020-06-01", "subject", null, null)]
    public async Task State_Status_SinceIsWhenItBegan(string code, string asOf, string recognition, string? firstRecognised, string? since)
    {
        var result = await cli.RunAsync("state", code, "--as-of", asOf, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(recognition, result.Json.GetProperty("recognition").GetString());
        if (firstRecognised is not null)
        {
            Assert.Equal(firstRecognised, result.Json.GetProperty("recognizedOn").GetString());
            Assert.Equal(since, result.Json.GetProperty("since").GetString());
        }

        if (recognition == "withdrawn")
        {
            // The withdrawal is what began the status: "since" is its date, never the recognition's.
            var events = result.Json.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(events.Last(e => e.GetProperty("event").GetString() == "withdrawn").GetProperty("date").GetString(), result.Json.GetProperty("since").GetString());
        }
    }

    [Fact]
    public async Task Forecast_AssumedAndCertainMembers_AreNotInSwingOrFlip()
    {
        var result = await cli.RunAsync("forecast", "--org", "UNESCO", "--as-of", "2020-01-01", "--assume", "ESP=yes", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var swing = result.Json.GetProperty("swing").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        var flip = result.Json.GetProperty("flip").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.NotEmpty(swing);
        Assert.DoesNotContain("ESP", swing);
        Assert.DoesNotContain("SRB", swing);
        Assert.DoesNotContain(flip, f => f.StartsWith("ESP=", StringComparison.Ordinal) || f.StartsWith("SRB=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2015-10-30", true)]  // recommended, before the General Conference voted
    [InlineData("2015-11-09", false)] // the General Conference vote spends it
    [InlineData("2021-01-01", false)]
    public async Task Admission_UnescoRecommendation_StandsOnlyUntilTheGeneralConferenceVotes(string asOf, bool stands)
    {
        var result = await cli.RunAsync("admission", "--org", "UNESCO", "--as-of", asOf, "--format", "json");

        var board = result.Json.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("stage").GetString() == "executive-board");
        Assert.Equal(stands, board.GetProperty("passed").GetBoolean());
        Assert.Equal(stands, !result.Json.GetProperty("missing").EnumerateArray().Any(m => m.GetString() == "executive-board"));
        Assert.StartsWith("http", board.GetProperty("lapses").GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(stands ? null : "2015-11-09", board.GetProperty("lapses").GetProperty("spentOn").GetString());
    }

    [Fact]
    public async Task Route_EveryRoute_SaysWhyItStandsWhereItDoes()
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--on", "2021-06-14", "--format", "json");

        var ranks = result.Json.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("rank").GetString()!).ToList();
        Assert.True(ranks.Count >= 2);
        Assert.Contains("the fewest hops", ranks[0], StringComparison.Ordinal);
        Assert.All(ranks.Skip(1), r => Assert.Matches("more than route 1|as many hops as route|as short as route", r));
    }
}

/// <summary>--as-known-on on the real data: what a reader could have counted on the day.</summary>
public sealed class AsKnownOnTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Theory]
    [InlineData("2013-06-26", "2013-06-26", 99)]   // El Salvador's 2013 recognition was first reported in July 2013
    [InlineData("2013-06-26", "2013-07-31", 100)]
    [InlineData("2019-07-31", "2019-07-31", 107)]  // Togo's withdrawal of 2019-06-28 was made public in August 2019
    [InlineData("2019-07-31", "2019-08-31", 106)]
    public async Task Summary_AsKnownOn_CountsOnlyWhatHadBeenReported(string asOf, string knownOn, int unMembers)
    {
        var then = await cli.RunAsync("summary", "--as-of", asOf, "--as-known-on", knownOn, "--format", "json");

        Assert.Equal(0, then.ExitCode);
        Assert.Equal(unMembers, then.Json.GetProperty("unMembersRecognizing").GetInt32());
        Assert.Equal(knownOn, then.Json.GetProperty("asKnownOn").GetString());
    }

    [Fact]
    public async Task Summary_AsKnownOnThatDayAndLater_Differ()
    {
        var then = await cli.RunAsync("summary", "--as-of", "2019-07-31", "--as-known-on", "2019-07-31", "--format", "json");
        var now = await cli.RunAsync("summary", "--as-of", "2019-07-31", "--format", "json");

        Assert.NotEqual(then.Json.GetProperty("unMembersRecognizing").GetInt32(), now.Json.GetProperty("unMembersRecognizing").GetInt32());
    }
}
