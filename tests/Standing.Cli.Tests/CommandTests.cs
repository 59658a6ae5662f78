using System.Text.Json;

namespace Standing.Cli.Tests;

public sealed class CommandTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Fact]
    public async Task Summary_Json_HasTheContractFieldsAndTheSeedsCount()
    {
        var result = await cli.RunAsync("summary", "--as-of", "2021-01-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("2021-01-01", json.GetProperty("asOf").GetString());
        Assert.Equal(104, json.GetProperty("unMembersRecognizing").GetInt32());
        Assert.Equal(193, json.GetProperty("unMembers").GetInt32());
        Assert.Equal(3, json.GetProperty("nonUnRecognizing").GetInt32());
        Assert.Equal(10, json.GetProperty("withdrawn").GetInt32());
    }

    [Fact]
    public async Task NoCommand_ShowsHelpListingTheCommands()
    {
        var result = await cli.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("recognitions", result.Output, StringComparison.Ordinal);
        Assert.Contains("timeline", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_WithoutAsOf_AnswersForToday()
    {
        var result = await cli.RunAsync("summary", "--format", "json");

        Assert.Equal("2021-01-01", result.Json.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Summary_SerbiaPerspective_CountsFewer()
    {
        var serbia = await cli.RunAsync("summary", "--as-of", "2024-01-01", "--perspective", "serbia", "--format", "json");
        var standard = await cli.RunAsync("summary", "--as-of", "2024-01-01", "--format", "json");

        Assert.Equal("serbia", serbia.Json.GetProperty("perspective").GetString());
        Assert.True(serbia.Json.GetProperty("unMembersRecognizing").GetInt32() < standard.Json.GetProperty("unMembersRecognizing").GetInt32());
    }

    [Fact]
    public async Task Summary_SubjectAlias_IsAccepted()
    {
        var result = await cli.RunAsync("summary", "--subject", "XK", "--as-of", "2021-01-01", "--format", "json");

        Assert.Equal(104, result.Json.GetProperty("unMembersRecognizing").GetInt32());
    }

    [Fact]
    public async Task Summary_Table_ShowsFieldsAndValues()
    {
        var result = await cli.RunAsync("summary", "--as-of", "2008-10-31");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"unMembersRecognizing\s+│\s+52\s", result.Output);
    }

    [Fact]
    public async Task Recognitions_Json_ListsEachRecogniserWithContractFields()
    {
        var result = await cli.RunAsync("recognitions", "--as-of", "2021-01-01", "--format", "json");

        var rows = result.Json.EnumerateArray().ToList();
        Assert.Equal(104, rows.Count(r => r.GetProperty("unMember").GetBoolean()));
        var twn = rows.Single(r => r.GetProperty("code").GetString() == "TWN");
        Assert.Equal("2008-02-19", twn.GetProperty("recognizedOn").GetString());
        Assert.False(twn.GetProperty("unMember").GetBoolean());
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetString())));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Recognitions_Csv_HasHeaderAndOneLinePerRecogniser()
    {
        var result = await cli.RunAsync("recognitions", "--as-of", "2008-02-17", "--format", "csv");

        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal("code,name,recognized on,restored on,UN member,source", lines[0]);
        Assert.Single(lines[1..]); // only one state recognised Kosovo on the day of its declaration
    }

    [Fact]
    public async Task Orgs_Json_ReproducesTheSeedsTable()
    {
        var result = await cli.RunAsync("orgs", "--as-of", "2024-12-31", "--format", "json");

        var rows = result.Json.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        foreach (var (id, recognizing, members) in new[] { ("NATO", 28, 32), ("EU", 22, 27), ("COE", 34, 46), ("OIC", 34, 57), ("ARAB-LEAGUE", 14, 22), ("UN", 104, 193), ("UNSC-P5", 3, 5) })
        {
            Assert.Equal((recognizing, members), (rows[id].GetProperty("recognizing").GetInt32(), rows[id].GetProperty("members").GetInt32()));
        }

        Assert.Equal("applicant", rows["COE"].GetProperty("subjectStatus").GetString());
        Assert.Equal("member", rows["IMF"].GetProperty("subjectStatus").GetString());
        Assert.Equal("none", rows["NATO"].GetProperty("subjectStatus").GetString());
        Assert.Equal("ESP;GRC;ROU;SVK", string.Join(';', rows["NATO"].GetProperty("notRecognizing").EnumerateArray().Select(e => e.GetString())));
    }

    [Theory]
    [InlineData("2023-04-03", 30)]
    [InlineData("2023-04-04", 31)]
    public async Task Orgs_NatoAroundFinland_ChangesOnAccessionDay(string day, int members)
    {
        var result = await cli.RunAsync("orgs", "--as-of", day, "--format", "json");

        Assert.Equal(members, result.Json.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "NATO").GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task State_Json_ShowsEventsClaimsMembershipsAndSources()
    {
        var result = await cli.RunAsync("state", "GHA", "--as-of", "2021-01-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("withdrawn", json.GetProperty("recognition").GetString());
        Assert.Equal(["recognised", "withdrawn"], json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetString()!));
        Assert.Contains(json.GetProperty("claims").EnumerateArray(), c => c.GetProperty("party").GetString() == "SRB");
        Assert.Contains(json.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("org").GetString() == "UN" && m.GetProperty("current").GetBoolean());
        Assert.NotEmpty(json.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task State_ByName_FindsTheState()
    {
        var result = await cli.RunAsync("state", "Spain", "--as-of", "2021-01-01", "--format", "json");

        Assert.Equal("ESP", result.Json.GetProperty("code").GetString());
        Assert.Equal("never-recognised", result.Json.GetProperty("recognition").GetString());
        Assert.NotEmpty(result.Json.GetProperty("positions").EnumerateArray());
    }

    [Fact]
    public async Task State_Table_PrintsHeadlineAndSections()
    {
        var result = await cli.RunAsync("state", "FRA", "--as-of", "2021-01-01");

        Assert.StartsWith("France (FRA) on 2021-01-01: recognises XKX since 2008-02-18", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_Json_RunsToTheSeedsCount()
    {
        var result = await cli.RunAsync("timeline", "--to", "2021-01-01", "--format", "json");

        var rows = result.Json.EnumerateArray().ToList();
        Assert.Equal("2008-02-17", rows[0].GetProperty("date").GetString());
        Assert.Equal(104, rows[^1].GetProperty("unCount").GetInt32());
        // Ten withdrawals in effect, plus Guinea-Bissau's 2017 withdrawal that it reversed in 2018
        Assert.Equal(11, rows.Count(r => r.GetProperty("event").GetString() == "withdrawn"));
        Assert.Equal("GNB", rows.Single(r => r.GetProperty("event").GetString() == "restored").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(".png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' })]
    [InlineData(".svg", new byte[] { (byte)'<' })]
    public async Task Timeline_Chart_WritesTheImage(string extension, byte[] magic)
    {
        var file = Path.Combine(Path.GetTempPath(), $"standing-chart-{Guid.NewGuid():N}{extension}");
        try
        {
            var result = await cli.RunAsync("timeline", "--to", "2021-01-01", "--format", "csv", "--chart", file);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("chart written", result.Error, StringComparison.Ordinal);
            Assert.True(new FileInfo(file).Length > 1000);
            Assert.Equal(magic, File.ReadAllBytes(file)[..magic.Length]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Milestones_Json_ComparesEachQuoteWithTheData()
    {
        var result = await cli.RunAsync("milestones", "--format", "json");

        var rows = result.Json.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        var oct2008 = rows.Single(r => r.GetProperty("date").GetString() == "2008-10-31");
        Assert.Equal(52m, oct2008.GetProperty("quoted").GetDecimal());
        Assert.Equal(52, oct2008.GetProperty("unMembersRecognizing").GetInt32());
        Assert.All(rows, r => Assert.True(r.GetProperty("everRecognized").GetInt32() >= r.GetProperty("recognizing").GetInt32()));
    }
}
