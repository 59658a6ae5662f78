using System.Net;
using System.Text.Json.Nodes;
using Standing.Cli;

namespace Standing.Web.Tests;

/// <summary>Every endpoint answers exactly as the command line's <c>--format json</c> does for the same question.</summary>
public sealed class ApiTests(StandingWebFactory web) : IClassFixture<StandingWebFactory>
{
    /// <summary>An API request and the command line that asks the same question.</summary>
    public static TheoryData<string, string> SameQuestions => new()
    {
        { "/api/summary?subject=XKX&asOf=2021-01-01", "summary --as-of 2021-01-01" },
        { "/api/summary?asOf=2008-10-31&perspective=serbia", "summary --as-of 2008-10-31 --perspective serbia" },
        { "/api/summary?asOf=2019-07-31&asKnownOn=2019-07-31", "summary --as-of 2019-07-31 --as-known-on 2019-07-31" },
        { "/api/recognitions?asOf=2010-01-01", "recognitions --as-of 2010-01-01" },
        { "/api/timeline?from=2008-02-17&to=2008-03-01", "timeline --from 2008-02-17 --to 2008-03-01" },
        { "/api/milestones", "milestones" },
        { "/api/organisations?asOf=2024-12-31", "orgs --as-of 2024-12-31" },
        { "/api/states/GHA?asOf=2020-06-01", "state GHA --as-of 2020-06-01" },
        { "/api/admission?org=UNESCO&asOf=2016-01-01", "admission --org UNESCO --as-of 2016-01-01" },
        { "/api/rules/INTERPOL", "rules INTERPOL" },
        { "/api/votes?org=INTERPOL", "votes --org INTERPOL" },
        { "/api/votes/unesco-eb-2015-xkx/members", "votes unesco-eb-2015-xkx --members" },
        { "/api/votes/interpol-2018-xkx-r2", "votes interpol-2018-xkx-r2" },
        { "/api/states/UKR?asOf=2016-01-01", "state UKR --as-of 2016-01-01" },
        { "/api/votes/evaluate?org=INTERPOL&yes=76&no=56&abstain=22&asOf=2018-11-20", "vote --org INTERPOL --yes 76 --no 56 --abstain 22 --as-of 2018-11-20" },
        { "/api/votes/evaluate?org=INTERPOL&round=2&yes=68&no=51&abstain=16&asOf=2018-11-20", "vote --org INTERPOL --round 2 --yes 68 --no 51 --abstain 16 --as-of 2018-11-20" },
        { "/api/forecast?org=INTERPOL&asOf=2018-11-20", "forecast --org INTERPOL --as-of 2018-11-20" },
        { "/api/forecast?org=INTERPOL&round=2&afterRound=76,56,22&asOf=2018-11-20", "forecast --org INTERPOL --round 2 --after-round 76,56,22 --as-of 2018-11-20" },
        { "/api/backtest/members", "backtest --members" },
        { "/api/forecast?org=UNESCO&asOf=2020-01-01&assume=ESP=yes&assume=bloc:OIC=no", "forecast --org UNESCO --as-of 2020-01-01 --assume ESP=yes --assume bloc:OIC=no" },
        { "/api/power?org=EU", "power --org EU" },
        { "/api/backtest", "backtest" },
        { "/api/routes?from=XKX-POLICE&to=SRB-MUP&on=2021-06-14", "route --from XKX-POLICE --to SRB-MUP --on 2021-06-14" },
        { "/api/channels?on=2019-05-01", "channels --on 2019-05-01" },
        { "/api/channels/stats", "channels stats" },
        { "/api/relations?kind=diplomatic&asOf=2020-01-01", "relations --kind diplomatic --as-of 2020-01-01" },
        { "/api/gaps?bloc=EU", "gaps --bloc EU" },
        { "/api/facts/membership?state=SEN", "facts membership --state SEN" },
    };

    [Theory]
    [MemberData(nameof(SameQuestions))]
    public async Task Get_AnyAnswer_EqualsTheCommandLinesJson(string path, string command)
    {
        // Given the same question asked of the API and of the command line
        var response = await web.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var cli = await RunCliAsync([.. command.Split(' '), "--format", "json"]);

        // Then both answer, with the same JSON
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, cli.Exit < 2 ? 0 : cli.Exit);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Output), api), $"{path} differs from `standing {command} --format json`");
    }

    [Fact]
    public async Task Map_EveryStateOnce_CountAgreesWithSummary()
    {
        var client = web.CreateClient();
        var map = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/map?asOf=2010-01-01", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();
        var summary = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/summary?asOf=2010-01-01", UriKind.Relative), TestContext.Current.CancellationToken))!;

        Assert.Equal(map.Count, map.Select(r => r!["code"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(summary["unMembersRecognizing"]!.GetValue<int>(), map.Count(r => r!["recognizing"]!.GetValue<bool>() && r["unMember"]!.GetValue<bool>()));
        Assert.Equal("subject", map.Single(r => r!["code"]!.GetValue<string>() == "XKX")!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/map?asOf=2021-01-01", "SLE", "disputed")]   // a withdrawal Kosovo denies and Sierra Leone never confirmed
    [InlineData("/api/map?asOf=2021-01-01", "GHA", "withdrew")]
    [InlineData("/api/map?asOf=2021-01-01", "SRB", "none")]
    [InlineData("/api/map?asOf=2021-01-01", "FRA", "recognises")]
    public async Task Map_Status_FollowsTheRecordAndItsDisputes(string path, string code, string status)
    {
        var map = JsonNode.Parse(await web.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();

        Assert.Equal(status, map.Single(r => r!["code"]!.GetValue<string>() == code)!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/summary?asOf=2020-13-45", "asOf")]
    [InlineData("/api/summary?asKnownOn=yesterday", "asKnownOn")]
    [InlineData("/api/summary?perspective=russia", "perspective")]
    [InlineData("/api/summary?subject=FRA", "subject")]
    [InlineData("/api/summary?format=xml", "format")]
    [InlineData("/api/timeline?from=2020-01-01&to=2019-01-01", "to")]
    [InlineData("/api/votes/evaluate?org=INTERPOL&yes=1.5&no=3", "yes")]
    [InlineData("/api/votes/evaluate?org=INTERPOL&yes=-1&no=3", "yes")]
    [InlineData("/api/votes/evaluate?org=INTERPOL&round=9&yes=1&no=3", "round")]
    [InlineData("/api/votes/evaluate?org=XYZ&yes=1&no=3", "org")]
    [InlineData("/api/votes/evaluate?yes=1&no=3", "org")]
    [InlineData("/api/votes?org=XYZ", "org")]
    [InlineData("/api/forecast?org=UNESCO&assume=ESP", "assume")]
    [InlineData("/api/forecast?org=INTERPOL&round=2&afterRound=76,56", "afterRound")]
    [InlineData("/api/forecast?org=INTERPOL&round=2&afterRound=300,56,22", "afterRound")]
    [InlineData("/api/forecast?org=INTERPOL&voters=astrology", "voters")]
    [InlineData("/api/routes?from=NOBODY&to=SRB-MUP", "from")]
    [InlineData("/api/routes?from=XKX-POLICE&to=SRB-MUP&type=gossip", "type")]
    [InlineData("/api/relations?kind=friendship", "kind")]
    [InlineData("/api/gaps?bloc=XYZ", "bloc")]
    [InlineData("/api/power?org=UN", "org")]
    [InlineData("/api/admission", "org")]
    public async Task Get_BadParameter_Is400ProblemNamingIt(string path, string parameter)
    {
        var response = await web.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(parameter, problem["parameter"]!.GetValue<string>());
        Assert.StartsWith($"{parameter}: ", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/states/ATL")]
    [InlineData("/api/organisations/XYZ")]
    [InlineData("/api/rules/XYZ")]
    [InlineData("/api/votes/nope/members")]
    [InlineData("/api/votes/nope")]
    public async Task Get_UnknownId_Is404(string path)
    {
        var response = await web.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_MatchingIfNoneMatch_Is304()
    {
        var client = web.CreateClient();
        var first = await client.GetAsync(new Uri("/api/summary?asOf=2021-01-01", UriKind.Relative), TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/summary?asOf=2021-01-01");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.NotNull(first.Headers.CacheControl);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_FormatCsv_IsTheCommandLinesCsv()
    {
        var csv = await web.CreateClient().GetStringAsync(new Uri("/api/organisations?asOf=2024-12-31&format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var cli = await RunCliAsync("orgs", "--as-of", "2024-12-31", "--format", "csv");

        Assert.Equal(cli.Output.TrimEnd(), csv.TrimEnd());
    }

    [Fact]
    public async Task Health_IsUp()
    {
        Assert.Equal("ok", await web.CreateClient().GetStringAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken));
    }

    private async Task<(int Exit, string Output)> RunCliAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var host = new CliHost(new FixedClock(StandingWebFactory.Today), RepositoryData.Directory);
        var exit = await StandingCli.RunAsync([.. args, "--db", web.Options.DatabasePath + ".cli"], host, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }
}
