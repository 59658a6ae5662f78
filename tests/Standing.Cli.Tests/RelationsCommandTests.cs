namespace Standing.Cli.Tests;

public sealed class RelationsCommandTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Theory]
    [InlineData("2023-12-31", false)] // the day before visa-free travel to the Schengen area
    [InlineData("2024-01-01", true)]
    public async Task Relations_SchengenVisaFree_FromItsFirstDay(string day, bool visaFree)
    {
        var rows = (await cli.RunAsync("relations", "--kind", "visa", "--state", "DEU", "--as-of", day, "--format", "json")).Json.EnumerateArray().ToList();

        Assert.Equal(visaFree, rows.Any(r => r.GetProperty("value").GetString() == "visa-free"));
        Assert.All(rows, r => Assert.Equal("DEU", r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Relations_Json_HasTheContractFields()
    {
        var row = (await cli.RunAsync("relations", "--kind", "diplomatic", "--state", "USA", "--as-of", "2020-01-01", "--format", "json")).Json[0];

        Assert.Equal("diplomatic", row.GetProperty("kind").GetString());
        Assert.Equal("2008-02-18", row.GetProperty("since").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("until").ValueKind);
        Assert.StartsWith("http", row.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.True(row.TryGetProperty("detail", out _));
        Assert.True(row.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task Relations_RowWhoseNoteSaysUnverified_IsNotVerified()
    {
        // Lesotho's "none" is inferred from its absence from Wikipedia's lists, and its note says so.
        var row = (await cli.RunAsync("relations", "--kind", "diplomatic", "--state", "LSO", "--as-of", "2026-01-01", "--format", "json")).Json[0];

        Assert.Equal("none", row.GetProperty("value").GetString());
        Assert.StartsWith("unverified", row.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.False(row.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task Gaps_NonRecognisersAcceptingPassports_IncludeTheFourNatoHoldouts()
    {
        var rows = (await cli.RunAsync("gaps", "--as-of", "2024-06-01", "--bloc", "NATO", "--format", "json")).Json.EnumerateArray()
            .Where(r => r.GetProperty("gap").GetString() == "documents-without-recognition").Select(r => r.GetProperty("code").GetString()).ToList();

        Assert.Equal(["ESP", "GRC", "ROU", "SVK"], rows);
    }

    [Fact]
    public async Task State_ShowsRelationsAndOrgsShowPositions()
    {
        var state = (await cli.RunAsync("state", "ROU", "--as-of", "2024-06-01", "--format", "json")).Json;
        var orgs = (await cli.RunAsync("orgs", "--as-of", "2024-06-01", "--format", "json")).Json;

        Assert.Contains(state.GetProperty("relations").EnumerateArray(), r => r.GetProperty("kind").GetString() == "travel-document" && r.GetProperty("current").GetBoolean());
        Assert.False(string.IsNullOrEmpty(orgs.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "NATO").GetProperty("position").GetString()));
    }

    [Theory]
    [InlineData("2023-07-30", true)]  // the last day before Norway's embassy in Pristina closed
    [InlineData("2023-07-31", false)]
    public async Task Relations_EmbassyClosure_EndsOnItsDay(string day, bool open)
    {
        var rows = (await cli.RunAsync("relations", "--kind", "mission", "--state", "NOR", "--as-of", day, "--format", "json")).Json.EnumerateArray();

        Assert.Equal(open, rows.Any(r => r.GetProperty("value").GetString() == "embassy-in-subject"));
    }

    [Theory]
    [InlineData("2011-12-25", "not-accepted")] // the day before the freedom-of-movement deal was implemented
    [InlineData("2011-12-26", "accepted")]
    public async Task Relations_SerbiaAcceptsKosovoDocuments_FromTheDealsFirstDay(string day, string value)
    {
        var row = Assert.Single((await cli.RunAsync("relations", "--kind", "travel-document", "--state", "SRB", "--as-of", day, "--format", "json")).Json.EnumerateArray());

        Assert.Equal(value, row.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("2023-12-31", "accepted", "stickers")]  // the last day of the sticker regime
    [InlineData("2024-01-01", "accepted", "without stickers")]
    [InlineData("2015-06-01", "not-accepted", "temporary Serbian plates")]
    public async Task Relations_SerbiaAndKosovoPlates_ChangeOnTheirDates(string day, string value, string detail)
    {
        var row = Assert.Single((await cli.RunAsync("relations", "--kind", "vehicle-plates", "--state", "SRB", "--as-of", day, "--format", "json")).Json.EnumerateArray());

        Assert.Equal(value, row.GetProperty("value").GetString());
        Assert.Contains(detail, row.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default", 0)]  // the Solomon Islands' note of February 2018 ended them
    [InlineData("serbia", 0)]
    [InlineData("kosovo", 1)]   // Kosovo's foreign ministry denies receiving it
    public async Task Relations_ContestedEnd_FollowsThePerspective(string perspective, int expected)
    {
        var rows = (await cli.RunAsync("relations", "--kind", "diplomatic", "--state", "SLB", "--as-of", "2019-01-01", "--perspective", perspective, "--format", "json")).Json;

        Assert.Equal(expected, rows.GetArrayLength());
    }

    [Fact]
    public async Task Relations_Json_CarriesTheClaimsAboutEachRelation()
    {
        var row = Assert.Single((await cli.RunAsync("relations", "--kind", "diplomatic", "--state", "SLB", "--as-of", "2016-01-01", "--format", "json")).Json.EnumerateArray());

        var parties = row.GetProperty("claims").EnumerateArray().Select(c => (c.GetProperty("party").GetString(), c.GetProperty("stance").GetString())).ToList();

        Assert.Equal([("SLB", "asserts"), ("XKX", "denies")], parties);
    }

    [Fact]
    public async Task Gaps_PolandRecognisesWithConsularRelationsOnly()
    {
        var gap = (await cli.RunAsync("gaps", "--as-of", "2023-01-01", "--bloc", "EU", "--format", "json")).Json.EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == "POL");

        Assert.Equal("recognises-without-relations", gap.GetProperty("gap").GetString());
        Assert.Contains("consular relations only, since 2022-11-08", gap.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_ListsClaimsAboutRelationsNotOnRecord()
    {
        var state = (await cli.RunAsync("state", "LBR", "--format", "json")).Json;

        Assert.Contains(state.GetProperty("relationClaims").EnumerateArray(),
            c => c.GetProperty("party").GetString() == "LBR" && c.GetProperty("stance").GetString() == "denies" && c.GetProperty("change").GetString() == "ended");
    }

    [Fact]
    public async Task Relations_Coverage_CountsRowsAndStatesPerKindAndValue()
    {
        var rows = (await cli.RunAsync("relations", "--coverage", "--format", "json")).Json.EnumerateArray().ToList();
        var visaFree = rows.Single(r => r.GetProperty("kind").GetString() == "visa" && r.GetProperty("value").GetString() == "visa-free");

        Assert.True(visaFree.GetProperty("states").GetInt32() >= 27); // the Schengen states at least
        Assert.All(rows, r => Assert.InRange(r.GetProperty("states").GetInt32(), 1, r.GetProperty("rows").GetInt32()));
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "vehicle-plates");
        var visaAll = rows.Single(r => r.GetProperty("kind").GetString() == "visa" && r.GetProperty("value").GetString() == "all");
        var visaValues = rows.Where(r => r.GetProperty("kind").GetString() == "visa" && r.GetProperty("value").GetString() != "all").ToList();
        Assert.Equal(visaValues.Sum(r => r.GetProperty("rows").GetInt32()), visaAll.GetProperty("rows").GetInt32());
        Assert.InRange(visaAll.GetProperty("states").GetInt32(), visaValues.Max(r => r.GetProperty("states").GetInt32()), visaValues.Sum(r => r.GetProperty("states").GetInt32()));
        var visas = (await cli.RunAsync("relations", "--coverage", "--kind", "visa", "--format", "json")).Json.EnumerateArray();
        Assert.All(visas, r => Assert.Equal("visa", r.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("--kind", "relations", "--kind", "trade")]
    [InlineData("--state", "relations", "--coverage", "--state", "DEU")]
    [InlineData("--state", "relations", "--state", "ATL")]
    [InlineData("--bloc", "gaps", "--bloc", "NOWHERE")]
    [InlineData("--bloc", "gaps", "--bloc", "not an id")] // named as --bloc, not as another command's --org
    public async Task BadInput_OneLineOnStderr_ExitTwo(string named, params string[] args)
    {
        (await cli.RunAsync(args)).AssertUsageError(named);
    }
}
