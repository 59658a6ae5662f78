using System.Globalization;
using System.Text.Json;

namespace Standing.Cli.Tests;

public sealed class ForecastCommandTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Fact]
    public async Task Forecast_Interpol2018_GivesProbabilityExpectedTallyAndSwingLargestFirst()
    {
        var result = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--voters", "categories", "--format", "json");

        var json = result.Json;
        Assert.Equal("categories", json.GetProperty("model").GetString());
        Assert.InRange(json.GetProperty("pAdmitted").GetDouble(), 0, 1);
        Assert.InRange(json.GetProperty("expected").GetProperty("yes").GetDouble(), 70, 82); // 76 were cast
        var swing = json.GetProperty("swing").EnumerateArray().Select(s => s.GetProperty("delta").GetDouble()).ToList();
        Assert.Equal(193, swing.Count); // Interpol's members that day but Serbia, whose no is certain; the applicant is not one
        Assert.Equal(swing.OrderByDescending(d => d), swing);
        Assert.Equal("exact", json.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Forecast_CouncilOfEuropeMinisters2023_EveryMemberLearnedFromEarlierRollCallsWithReasons()
    {
        var result = await cli.RunAsync("forecast", "--org", "COE", "--body", "committee-of-ministers", "--as-of", "2023-04-23", "--format", "json");

        var json = result.Json;
        Assert.Equal("roll-calls", json.GetProperty("model").GetString());
        var learned = json.GetProperty("learned");
        Assert.Equal("2023-04-23", learned.GetProperty("before").GetString());
        Assert.True(learned.GetProperty("rollCalls").GetInt32() >= 1);
        var members = json.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(46, members.Count); // the Council's members that day: Russia was expelled in 2022, and Kosovo is the applicant
        Assert.All(members, m =>
        {
            var sum = m.GetProperty("yes").GetDouble() + m.GetProperty("no").GetDouble() + m.GetProperty("abstain").GetDouble() + m.GetProperty("absent").GetDouble();
            Assert.Equal(1, sum, 9);
            Assert.NotEmpty(m.GetProperty("reasons").EnumerateArray());
        });
        var serbia = Assert.Single(members, m => m.GetProperty("code").GetString() == "SRB");
        Assert.Equal(1, serbia.GetProperty("no").GetDouble());
    }

    [Fact]
    public async Task Forecast_LearnedModel_UsesNoRollCallFromTheForecastDayOn()
    {
        var eve = await cli.RunAsync("forecast", "--org", "UN", "--body", "security-council", "--as-of", "2024-04-18", "--format", "json");
        var after = await cli.RunAsync("forecast", "--org", "UN", "--body", "security-council", "--as-of", "2024-04-19", "--format", "json");

        // The Council's roll call of 2024-04-18 (on Palestine) is learned from only once its day has passed.
        Assert.Equal(1, after.Json.GetProperty("learned").GetProperty("rollCalls").GetInt32() - eve.Json.GetProperty("learned").GetProperty("rollCalls").GetInt32());
    }

    [Fact]
    public async Task Forecast_Interpol2018SecondRoundAfterTheFirst_ExpectsTheFirstRoundsTallyAndLowersTheOdds()
    {
        var blind = await cli.RunAsync("forecast", "--org", "INTERPOL", "--round", "2", "--as-of", "2018-11-20", "--format", "json");
        var informed = await cli.RunAsync("forecast", "--org", "INTERPOL", "--round", "2", "--after-round", "76,56,22", "--as-of", "2018-11-20", "--format", "json");

        var expected = informed.Json.GetProperty("expected");
        Assert.Equal((76.0, 56.0, 22.0), (Math.Round(expected.GetProperty("yes").GetDouble(), 3), Math.Round(expected.GetProperty("no").GetDouble(), 3), Math.Round(expected.GetProperty("abstain").GetDouble(), 3)));
        // 76 of 132 votes cast is short of two thirds: a second round that starts from it is likelier to fail.
        Assert.True(informed.Json.GetProperty("pAdmitted").GetDouble() < blind.Json.GetProperty("pAdmitted").GetDouble());
        Assert.InRange(informed.Json.GetProperty("pAdmitted").GetDouble(), 0, 0.05);
    }

    [Fact]
    public async Task Backtest_Members_ScoresEveryRollCallWithEachModel()
    {
        var result = await cli.RunAsync("backtest", "--members", "--format", "json");

        var rows = result.Json.EnumerateArray().ToList();
        var votes = rows.Select(r => r.GetProperty("vote").GetString()).Distinct().ToList();
        Assert.Contains("unesco-eb-2015-xkx", votes);
        Assert.All(votes, v => Assert.Equal(["roll-calls", "categories", "body-average"],
            rows.Where(r => r.GetProperty("vote").GetString() == v).Select(r => r.GetProperty("model").GetString())));
        Assert.All(rows.Where(r => r.GetProperty("logLoss").ValueKind == System.Text.Json.JsonValueKind.Number), r =>
        {
            Assert.InRange(r.GetProperty("logLoss").GetDouble(), 0, 14);
            Assert.InRange(r.GetProperty("accuracy").GetDouble(), 0, 1);
            var members = r.GetProperty("members").GetInt32();
            Assert.Equal(members, r.GetProperty("yes").GetInt32() + r.GetProperty("no").GetInt32() + r.GetProperty("abstain").GetInt32() + r.GetProperty("absent").GetInt32());
        });
    }

    [Fact]
    public async Task Forecast_Un196ModelUnderTheGeneralAssemblyRule_IsTheExactValue()
    {
        var file = await WriteUn196Async();
        try
        {
            var result = await cli.RunAsync("forecast", "--org", "UN", "--body", "general-assembly", "--model", file, "--format", "json");

            Assert.Equal("0.968393561695", result.Json.GetProperty("pAdmitted").GetDouble().ToString("F12", CultureInfo.InvariantCulture));
            Assert.Equal("M001", result.Json.GetProperty("members")[0].GetProperty("code").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Forecast_AssumeABlocVotesYes_RaisesTheProbability()
    {
        var before = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--format", "json");
        var after = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--assume", "bloc:OIC=yes", "--assume", "SRB=no:0.9", "--format", "json");

        Assert.True(after.Json.GetProperty("pAdmitted").GetDouble() > before.Json.GetProperty("pAdmitted").GetDouble());
        var srb = after.Json.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "SRB");
        Assert.Equal(0.9, srb.GetProperty("no").GetDouble(), 12);
    }

    [Fact]
    public async Task Forecast_WeightedImf_SwingFromTheSimulationPutsTheLargestShareholderFirst()
    {
        var json = (await cli.RunAsync("forecast", "--org", "IMF", "--as-of", "2024-12-31", "--format", "json")).Json;

        Assert.Equal("monte-carlo", json.GetProperty("method").GetString());
        Assert.Equal("USA", json.GetProperty("swing")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Forecast_LongMonteCarloInTableOutput_ShowsAProgressBarOnStderrOnly()
    {
        var table = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--monte-carlo", "1000000");
        var json = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--monte-carlo", "1000000", "--format", "json");

        Assert.Contains("Monte Carlo [####################] 100%", table.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Monte Carlo [", table.Output, StringComparison.Ordinal);
        Assert.Equal("", json.Error);
    }

    [Fact]
    public async Task Forecast_MonteCarlo_IsSeededAndReported()
    {
        var a = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--monte-carlo", "20000", "--seed", "5", "--format", "json");
        var b = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--monte-carlo", "20000", "--seed", "5", "--format", "json");

        var mc = a.Json.GetProperty("monteCarlo");
        Assert.Equal(5UL, mc.GetProperty("seed").GetUInt64());
        Assert.Equal(20000, mc.GetProperty("trials").GetInt64());
        Assert.Equal(mc.GetProperty("pAdmitted").GetDouble(), b.Json.GetProperty("monteCarlo").GetProperty("pAdmitted").GetDouble());
    }

    [Fact]
    public async Task Forecast_EveryOrganisationWithARoster_Runs()
    {
        foreach (var org in new[] { "UN", "UNESCO", "INTERPOL", "COE", "NATO", "EU", "OSCE", "OIC", "ARAB-LEAGUE", "CARICOM", "IMF", "WORLD-BANK", "WCO", "EBRD" })
        {
            var result = await cli.RunAsync("forecast", "--org", org, "--as-of", "2024-12-31", "--format", "json");

            Assert.True(result.ExitCode == 0, $"{org}: {result.Error}");
            Assert.InRange(result.Json.GetProperty("pAdmitted").GetDouble(), 0, 1);
            Assert.True(result.Json.GetProperty("swing").GetArrayLength() > 0, $"{org} has no swing");
        }
    }

    [Fact]
    public async Task Forecast_WhatIfTheFourNonRecognisingAlliesRecognised_UnanimityBecomesLikelier()
    {
        static async Task<double> P(CliRunner cli, params string[] extra) =>
            (await cli.RunAsync(["forecast", "--org", "NATO", "--as-of", "2024-12-31", "--format", "json", .. extra])).Json.GetProperty("pAdmitted").GetDouble();

        var now = await P(cli);
        var recognised = await P(cli, "--recognise", "ESP", "--recognise", "GRC", "--recognise", "ROU", "--recognise", "SVK");
        var left = await P(cli, "--leave", "ESP", "--leave", "GRC", "--leave", "ROU", "--leave", "SVK");

        Assert.True(recognised > now, $"{recognised} <= {now}");
        Assert.True(left > now, $"{left} <= {now}");
    }

    [Fact]
    public async Task Forecast_WhatIfASimpleMajoritySufficed_Interpol2018WouldLikelyPass()
    {
        var twoThirds = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--format", "json");
        var majority = await cli.RunAsync("forecast", "--org", "INTERPOL", "--as-of", "2018-11-20", "--rule-fraction", "1/2", "--format", "json");

        Assert.True(twoThirds.Json.GetProperty("pAdmitted").GetDouble() < 0.5);
        Assert.True(majority.Json.GetProperty("pAdmitted").GetDouble() > 0.5);
    }

    [Theory]
    [InlineData("--recognise", "forecast", "--org", "NATO", "--recognise", "ATL")]
    [InlineData("--leave", "forecast", "--org", "NATO", "--as-of", "2024-12-31", "--leave", "JPN")]
    [InlineData("--rule-fraction", "forecast", "--org", "INTERPOL", "--rule-fraction", "3/2")]
    [InlineData("--rule-base", "forecast", "--org", "INTERPOL", "--rule-fraction", "1/2", "--rule-base", "everyone")]
    [InlineData("--assume", "forecast", "--org", "INTERPOL", "--assume", "ESP=maybe")]
    [InlineData("--assume", "forecast", "--org", "INTERPOL", "--assume", "ATL=yes")]
    [InlineData("--model", "forecast", "--org", "UN", "--model", "/nonexistent/model.csv")]
    [InlineData("--round", "forecast", "--org", "INTERPOL", "--round", "3")]
    [InlineData("--monte-carlo", "forecast", "--org", "INTERPOL", "--monte-carlo", "0")]
    [InlineData("--weights", "power", "--weights", "/dev/null", "--index", "banzhaf")]
    [InlineData("--org", "power", "--org", "NATO")]
    [InlineData("--index", "power", "--org", "IMF", "--index", "penrose")]
    public async Task BadInput_OneLineOnStderr_ExitTwo(string named, params string[] args)
    {
        (await cli.RunAsync(args)).AssertUsageError(named);
    }

    [Fact]
    public async Task Power_Eec1958_LuxembourgHasNone()
    {
        var file = Path.Combine(Path.GetTempPath(), $"standing-eec-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["code,weight", "FRA,4", "DEU,4", "ITA,4", "BEL,2", "NLD,2", "LUX,1"], TestContext.Current.CancellationToken);
        try
        {
            var result = await cli.RunAsync("power", "--weights", file, "--quota", "12", "--index", "banzhaf", "--format", "json");

            var power = result.Json.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("power"));
            Assert.Equal(0.2381, Math.Round(power["FRA"].GetDouble(), 4));
            Assert.Equal("0.0", power["LUX"].GetRawText()); // a real number, not the integer 0
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Power_Imf_SumsToOneWithTheLargestMemberFirstInTheTable()
    {
        var json = (await cli.RunAsync("power", "--org", "IMF", "--index", "banzhaf", "--format", "json")).Json;
        var table = await cli.RunAsync("power", "--org", "IMF", "--index", "banzhaf");

        Assert.Equal(1.0, json.EnumerateArray().Sum(r => r.GetProperty("power").GetDouble()), 9);
        Assert.Contains("USA", table.Output.Split('\n')[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Power_EuCouncilQualifiedMajority_GermanyStrongestAndSumsToOne()
    {
        var rows = (await cli.RunAsync("power", "--org", "EU", "--index", "shapley", "--format", "json")).Json.EnumerateArray().ToList();

        Assert.Equal(27, rows.Count);
        Assert.Equal(1.0, rows.Sum(r => r.GetProperty("power").GetDouble()), 9);
        Assert.Equal("DEU", rows.MaxBy(r => r.GetProperty("power").GetDouble()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Backtest_ModelsTheKosovoVotesWithARoster()
    {
        var rows = (await cli.RunAsync("backtest", "--format", "json")).Json.EnumerateArray().ToList();

        var interpol = rows.Single(r => r.GetProperty("vote").GetString() == "interpol-2018-xkx-r1");
        Assert.Equal(JsonValueKind.Null, interpol.GetProperty("skipped").ValueKind);
        Assert.InRange(interpol.GetProperty("expectedYes").GetDouble(), 70, 82);
        Assert.Contains(rows, r => r.GetProperty("skipped").ValueKind == JsonValueKind.String);
    }

    private static async Task<string> WriteUn196Async()
    {
        var file = Path.Combine(Path.GetTempPath(), $"standing-un196-{Guid.NewGuid():N}.csv");
        var phi = (Math.Sqrt(5) - 1) / 2;
        var lines = new List<string> { "code,yes,no,abstain,absent" };
        for (var i = 1; i <= 196; i++)
        {
            var u = i * phi % 1.0;
            var v = i * Math.Sqrt(2) % 1.0;
            var yes = 0.30 + (0.55 * u);
            var rest = 1 - yes;
            var no = rest * (0.2 + (0.6 * v));
            var abstain = 0.7 * (rest - no);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"M{i:000},{yes:R},{no:R},{abstain:R},{rest - no - abstain:R}"));
        }

        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        return file;
    }
}
