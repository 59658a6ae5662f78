using System.CommandLine;
using System.Globalization;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain.Voting;

namespace Standing.Cli.Commands;

/// <summary><c>standing power</c>: Banzhaf or Shapley–Shubik voting power in a weighted body.</summary>
internal static class PowerCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string?>("--org") { Description = "Organisation whose weighted rule and weights to use (e.g. IMF)" };
        var weights = new Option<FileInfo?>("--weights") { Description = "CSV of code,weight instead of an organisation" };
        var quota = new Option<long?>("--quota") { Description = "Weight a coalition needs (default with --org: more than half the total)" };
        var index = new Option<string>("--index") { Description = "banzhaf or shapley", DefaultValueFactory = _ => "banzhaf" };
        index.AcceptOnlyFromAmong("banzhaf", "shapley");
        var command = options.AddTo(new Command("power", "Compute voting power (Banzhaf or Shapley–Shubik) in a weighted body") { org, weights, quota, index }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(weights) is not null && parse.GetValue(org) is not null)
            {
                throw new UsageException("--weights: give either --org or --weights, not both");
            }

            var q = await options.ReadAsync(parse, host, ct);
            var shapley = parse.GetValue(index) == "shapley";
            var bar = q.Format == OutputFormat.Table && shapley ? new ProgressBar(parse.InvocationConfiguration.Error, "Shapley-Shubik") : null;
            var answer = parse.GetValue(weights) is { } file
                ? PowerAnswer.Weighted(ReadWeights(file, q), parse.GetValue(quota) ?? throw new UsageException("--quota is required with --weights"), shapley, bar is null ? null : bar.Report, ct)
                : parse.GetValue(org) is { } orgText
                    ? PowerAnswer.For(q.Registry, Arguments.Organisation(orgText, "--org"), parse.GetValue(quota), shapley, bar is null ? null : bar.Report, ct)
                    : throw new UsageException("--org or --weights is required");
            bar?.Done();
            Renderer.List(q.Output, q.Format, q.Format == OutputFormat.Table ? [.. answer.Rows.OrderByDescending(r => r.Power)] : answer.Rows, PowerAnswer.Columns, answer.Caption);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<(string, long)> ReadWeights(FileInfo file, Query q)
    {
        var csv = UserCsv.Read(file, "--weights", "code,weight");
        csv.CheckCodes(q.Registry, q.Subject.Code, hypothetical: true);
        return [.. csv.Rows.Select(r => long.TryParse(r.Cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight is >= 0 and <= PowerIndex.MaxTotalWeight
            ? (r.Code, weight)
            : throw new UsageException($"--weights: {csv.Name} line {r.Line}: '{r.Cells[1]}' is not a whole weight from 0 to {PowerIndex.MaxTotalWeight:N0}"))];
    }
}
