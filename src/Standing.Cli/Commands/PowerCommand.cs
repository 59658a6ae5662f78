using System.CommandLine;
using System.Globalization;
using Standing.Cli.Output;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Voting;

namespace Standing.Cli.Commands;

/// <summary><c>standing power</c>: Banzhaf or Shapley–Shubik voting power in a weighted body.</summary>
internal static class PowerCommand
{
    public sealed record Row(string Code, long Weight, double Power);

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
            List<(string Code, long Weight)> table;
            if (parse.GetValue(weights) is { } file)
            {
                table = ReadWeights(file, q);
            }
            else if (parse.GetValue(org) is { } orgText)
            {
                var procedure = q.Registry.ProcedureOf(Arguments.Organisation(orgText, "--org"));
                var rules = procedure.Stages.SelectMany(s => s.Rule.Flatten().Concat((s.Readings ?? []).SelectMany(r => r.Rule.Flatten()))).ToList();
                if (rules.OfType<DoubleMajorityRule>().FirstOrDefault() is { } dm && rules.OfType<WeightedMajorityRule>().FirstOrDefault() is null)
                {
                    // A double majority (the EU Council's qualified majority) has two quotas, not one.
                    var members = q.Registry.Weights(dm.Weights).OrderBy(w => w.Key.Value, StringComparer.Ordinal).ToList();
                    if (members.Count == 0)
                    {
                        throw new UsageException($"--org: no {dm.Weights} weights are on record for {procedure.Organisation}");
                    }

                    var (banzhaf, shapley) = DoubleMajorityPower.Compute([.. members.Select(m => m.Value)], dm.CountFraction, dm.WeightFraction, dm.BlockingMinority);
                    var values = parse.GetValue(index) == "shapley" ? shapley : banzhaf;
                    var dmRows = members.Select((m, i) => new Row(m.Key.Value, m.Value, values[i])).ToList();
                    Renderer.List(q.Output, q.Format, q.Format == OutputFormat.Table ? [.. dmRows.OrderByDescending(r => r.Power)] : dmRows,
                        [new("code", r => r.Code), new("weight", r => r.Weight), new("power", r => r.Power.ToString("0.000000", CultureInfo.InvariantCulture))],
                        $"{parse.GetValue(index)} index under {dm.Description}");
                    return ExitCodes.Ok;
                }

                var rule = rules.OfType<WeightedMajorityRule>().FirstOrDefault()
                    ?? throw new UsageException($"--org: {procedure.Organisation} does not vote by weight; give --weights FILE");
                table = [.. q.Registry.Weights(rule.Weights).OrderBy(w => w.Key.Value, StringComparer.Ordinal).Select(w => (w.Key.Value, w.Value))];
            }
            else
            {
                throw new UsageException("--org or --weights is required");
            }

            var total = table.Sum(t => t.Weight);
            var needed = parse.GetValue(quota) ?? (parse.GetValue(org) is not null ? (total / 2) + 1 : throw new UsageException("--quota is required with --weights"));
            if (needed <= 0 || needed > total)
            {
                throw new UsageException($"--quota: {needed} must be between 1 and the total weight {total}");
            }

            var w = table.Select(t => t.Weight).ToArray();
            if (total > PowerIndex.MaxTotalWeight)
            {
                throw new UsageException($"--weights: the weights add up to {total:N0}; at most {PowerIndex.MaxTotalWeight:N0} can be computed (scale them down)");
            }

            var bar = q.Format == OutputFormat.Table && parse.GetValue(index) == "shapley" ? new ProgressBar(parse.InvocationConfiguration.Error, "Shapley-Shubik") : null;
            var power = parse.GetValue(index) == "shapley" ? PowerIndex.ShapleyShubik(w, needed, bar is null ? null : bar.Report, ct) : PowerIndex.Banzhaf(w, needed);
            bar?.Done();
            var rows = table.Select((t, i) => new Row(t.Code, t.Weight, power[i])).ToList();
            Renderer.List(q.Output, q.Format, q.Format == OutputFormat.Table ? [.. rows.OrderByDescending(r => r.Power)] : rows,
                [new("code", r => r.Code), new("weight", r => r.Weight), new("power", r => r.Power.ToString("0.000000", CultureInfo.InvariantCulture))],
                $"{parse.GetValue(index)} index, quota {needed} of {total}");
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
