using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Standing.Cli.Tests;

/// <summary>
/// docs/forecast.md's backtest table is `standing backtest --members` on the repository's data: generated here, and
/// the test fails when the document and the data disagree. To regenerate it:
/// <c>STANDING_UPDATE_DOCS=1 dotnet test --project tests/Standing.Cli.Tests -- --filter-class "*ForecastDocTests"</c>.
/// </summary>
public sealed class ForecastDocTests(CliRunner cli) : IClassFixture<CliRunner>
{
    private static string Doc => Path.Combine(Path.GetDirectoryName(RepositoryData.Directory)!, "docs", "forecast.md");

    [Fact]
    public async Task ForecastDoc_BacktestTable_MatchesTheData()
    {
        var result = await cli.RunAsync("backtest", "--members", "--format", "json");
        var expected = Table(result.Json);
        GeneratedSection.Check(Doc, "backtest-members", expected, "dotnet test --project tests/Standing.Cli.Tests -- --filter-class \"*ForecastDocTests\"");
    }

    private static string Table(JsonElement rows)
    {
        static string N(JsonElement e, string name, string format) =>
            e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble().ToString(format, CultureInfo.InvariantCulture) : "–";
        static string Count(JsonElement e, string name) =>
            $"{e.GetProperty(name).GetInt32()} ({N(e, "expected" + char.ToUpperInvariant(name[0]) + name[1..], "0.0")})";

        var text = new StringBuilder();
        text.Append("| roll call | model | members | log loss | Brier | accuracy | yes (expected) | no (expected) | abstain (expected) | absent (expected) | P(passed) | result |\n");
        text.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var r in rows.EnumerateArray())
        {
            var skipped = r.GetProperty("skipped").ValueKind == JsonValueKind.String ? r.GetProperty("skipped").GetString() : null;
            text.Append(CultureInfo.InvariantCulture, $"| {r.GetProperty("vote").GetString()} | {r.GetProperty("model").GetString()} | {r.GetProperty("members").GetInt32()} | ");
            text.Append(skipped is null
                ? $"{N(r, "logLoss", "0.000")} | {N(r, "brier", "0.000")} | {N(r, "accuracy", "0.00")} | {Count(r, "yes")} | {Count(r, "no")} | {Count(r, "abstain")} | {Count(r, "absent")} | {N(r, "pPassed", "0.000")} | {r.GetProperty("outcome").GetString()} |\n"
                : $"not modelled: {skipped} | | | | | | | | {r.GetProperty("outcome").GetString()} |\n");
        }

        return text.ToString();
    }
}
