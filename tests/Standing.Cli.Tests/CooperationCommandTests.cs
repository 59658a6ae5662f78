using System.Text.Json;

namespace Standing.Cli.Tests;

public sealed class CooperationCommandTests(CliRunner cli) : IClassFixture<CliRunner>
{
    private static bool Through(JsonElement route, string agency) =>
        route.GetProperty("hops").EnumerateArray().Any(h => h.GetProperty("from").GetString() == agency || h.GetProperty("to").GetString() == agency);

    private static IEnumerable<string> Arrangements(JsonElement route) =>
        route.GetProperty("hops").EnumerateArray().Select(h => h.GetProperty("arrangement").GetString()!);

    [Fact]
    public async Task Route_KosovoPoliceToSerbiasMinistry2021_GoesThroughEulexUnderTheProtocol()
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--on", "2021-06-14", "--format", "json");

        var best = result.Json.GetProperty("routes")[0];
        Assert.True(Through(best, "EULEX"));
        Assert.Contains("eulex-srb-protocol", Arrangements(best));
    }

    [Fact]
    public async Task Route_KosovoPoliceToEuropol2019_GoesThroughTheSienaDesk()
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "EUROPOL", "--on", "2019-05-01", "--format", "json");

        var routes = result.Json.GetProperty("routes").EnumerateArray().ToList();
        Assert.Contains(routes, r => Through(r, "EULEX") && Arrangements(r).Contains("eulex-siena-desk"));
        Assert.DoesNotContain(routes, r => Arrangements(r).Contains("europol-working-arrangement"));
    }

    [Theory]
    [InlineData("2020-07-26", false)] // the day before it was signed and took effect (docs/data.md)
    [InlineData("2020-07-27", true)]
    [InlineData("2020-07-28", true)]  // the seed's date of entry into force
    public async Task Route_KosovoPoliceToEuropol_WorkingArrangementFromItsEntryIntoForce(string day, bool direct)
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "EUROPOL", "--on", day, "--format", "json");

        var routes = result.Json.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(direct, routes.Any(r => Arrangements(r).Contains("europol-working-arrangement")));
        Assert.Contains(routes, r => Arrangements(r).Contains("eulex-siena-desk"));
    }

    [Fact]
    public async Task Route_KosovoPoliceToGermanysNcb_GoesThroughUnmiksLiaisonOffice()
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "NCB-DEU", "--on", "2019-05-01", "--format", "json");

        Assert.Contains(result.Json.GetProperty("routes").EnumerateArray(), r => Through(r, "UNMIK-ILO"));
    }

    [Fact]
    public async Task Route_WhatIfKosovoJoinedInterpol_OffersItsOwnBureau()
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "NCB-DEU", "--on", "2027-01-01", "--assume-joined", "INTERPOL", "--format", "json");

        Assert.Contains(result.Json.GetProperty("routes").EnumerateArray(), r => Through(r, "NCB-XKX"));
    }

    [Fact]
    public async Task Route_Table_ListsRoutesBestFirst()
    {
        var result = await cli.RunAsync("route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--on", "2021-06-14");

        Assert.StartsWith("XKX-POLICE to SRB-MUP on 2021-06-14:", result.Output, StringComparison.Ordinal);
        Assert.Contains("  1. XKX-POLICE > EULEX > SRB-MUP", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "route", "--from", "NOWHERE", "--to", "SRB-MUP")]
    [InlineData("--to", "route", "--from", "XKX-POLICE", "--to", "ATL-POLICE")]
    [InlineData("--on", "route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--on", "2021-02-30")]
    [InlineData("--type", "route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--type", "gossip")]
    [InlineData("--assume-joined", "route", "--from", "XKX-POLICE", "--to", "SRB-MUP", "--assume-joined", "NATO")]
    [InlineData("--on", "channels", "--on", "2020-13-01")]
    [InlineData("--chart", "channels", "stats", "--chart", "out.gif")]
    public async Task BadInput_OneLineOnStderr_ExitTwo(string named, params string[] args)
    {
        (await cli.RunAsync(args)).AssertUsageError(named);
    }

    [Fact]
    public async Task Channels_OnADate_ListsOnlyArrangementsInForce()
    {
        var before = await cli.RunAsync("channels", "--on", "2020-07-26", "--format", "json");
        var after = await cli.RunAsync("channels", "--on", "2020-07-27", "--format", "json");

        static IEnumerable<string?> Ids(CliResult r) => r.Json.EnumerateArray().Select(a => a.GetProperty("id").GetString());
        Assert.DoesNotContain("europol-working-arrangement", Ids(before));
        Assert.Contains("europol-working-arrangement", Ids(after));
        Assert.Contains("eulex-srb-protocol", Ids(after));
    }

    [Fact]
    public async Task ChannelsStats_ReproducesTheSeedsTable()
    {
        var result = await cli.RunAsync("channels", "stats", "--format", "json");

        var rows = result.Json.EnumerateArray().ToDictionary(r => (r.GetProperty("year").GetInt32(), r.GetProperty("channel").GetString()), r => r.GetProperty("requests").GetInt32());
        int[][] seed = [[2017, 2241, 117, 239], [2018, 1717, 115, 208], [2019, 2740, 292, 281], [2020, 1760, 340, 702], [2021, 1124, 530, 752]];
        foreach (var row in seed)
        {
            Assert.Equal(row[1], rows[(row[0], "INTERPOL")]);
            Assert.Equal(row[2], rows[(row[0], "EUROPOL")]);
            Assert.Equal(row[3], rows[(row[0], "SRB-PROTOCOL")]);
        }
    }

    [Fact]
    public async Task ChannelsStats_Chart_WritesAPng()
    {
        var file = Path.Combine(Path.GetTempPath(), $"standing-channels-{Guid.NewGuid():N}.png");
        try
        {
            var result = await cli.RunAsync("channels", "stats", "--chart", file, "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("year,channel,requests,share,growth,until", result.Output, StringComparison.Ordinal);
            Assert.Equal(0x89, File.ReadAllBytes(file)[0]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
