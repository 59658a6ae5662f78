using System.Globalization;
using Standing.Domain;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Organisations;
using Standing.Domain.Voting;

namespace Standing.Answers;

/// <summary>Banzhaf or Shapley–Shubik voting power in a weighted body: an organisation's, or one the user gives.</summary>
public static class PowerAnswer
{
    public sealed record Row(string Code, long Weight, double Power);

    /// <summary>The rows and a caption saying which index under which rule.</summary>
    public sealed record Answer(IReadOnlyList<Row> Rows, string Caption);

    public static readonly IReadOnlyList<Column<Row>> Columns =
        [new("code", r => r.Code), new("weight", r => r.Weight), new("power", r => r.Power.ToString("0.000000", CultureInfo.InvariantCulture))];

    /// <summary>Power in <paramref name="organisation"/>'s weighted body (its own quota unless <paramref name="quota"/> is given).</summary>
    /// <exception cref="AnswerInputException">The organisation does not vote by weight, has no weights on record, or the quota is impossible.</exception>
    public static Answer For(Registry registry, OrganisationId organisation, long? quota, bool shapley, Action<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var procedure = registry.ProcedureOf(organisation);
        var rules = procedure.Stages.SelectMany(s => s.Rule.Flatten().Concat((s.Readings ?? []).SelectMany(r => r.Rule.Flatten()))).ToList();
        var index = shapley ? "shapley" : "banzhaf";
        if (rules.OfType<DoubleMajorityRule>().FirstOrDefault() is { } dm && rules.OfType<WeightedMajorityRule>().FirstOrDefault() is null)
        {
            // A double majority (the EU Council's qualified majority) has two quotas, not one.
            var members = registry.Weights(dm.Weights).OrderBy(w => w.Key.Value, StringComparer.Ordinal).ToList();
            if (members.Count == 0)
            {
                throw new AnswerInputException(AnswerField.Organisation, $"no {dm.Weights} weights are on record for {procedure.Organisation}");
            }

            var (banzhaf, shapleyShubik) = DoubleMajorityPower.Compute([.. members.Select(m => m.Value)], dm.CountFraction, dm.WeightFraction, dm.BlockingMinority);
            var values = shapley ? shapleyShubik : banzhaf;
            return new([.. members.Select((m, i) => new Row(m.Key.Value, m.Value, values[i]))], $"{index} index under {dm.Description}");
        }

        var rule = rules.OfType<WeightedMajorityRule>().FirstOrDefault()
            ?? throw new AnswerInputException(AnswerField.Organisation, $"{procedure.Organisation} does not vote by weight; give weights instead");
        var table = registry.Weights(rule.Weights).OrderBy(w => w.Key.Value, StringComparer.Ordinal).Select(w => (Code: w.Key.Value, Weight: w.Value)).ToList();
        return Weighted(table, quota ?? (table.Sum(t => t.Weight) / 2) + 1, shapley, progress, ct);
    }

    /// <summary>Power in a body of the given weights under <paramref name="quota"/>.</summary>
    /// <exception cref="AnswerInputException">The weights add up to more than <see cref="PowerIndex.MaxTotalWeight"/>, or the quota is impossible.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static Answer Weighted(IReadOnlyList<(string Code, long Weight)> table, long quota, bool shapley, Action<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var total = table.Sum(t => t.Weight);
        if (total > PowerIndex.MaxTotalWeight)
        {
            throw new AnswerInputException(AnswerField.Weights, $"the weights add up to {total:N0}; at most {PowerIndex.MaxTotalWeight:N0} can be computed (scale them down)");
        }

        if (quota <= 0 || quota > total)
        {
            throw new AnswerInputException(AnswerField.Quota, $"{quota} must be between 1 and the total weight {total}");
        }

        var w = table.Select(t => t.Weight).ToArray();
        var power = shapley ? PowerIndex.ShapleyShubik(w, quota, progress, ct) : PowerIndex.Banzhaf(w, quota);
        return new([.. table.Select((t, i) => new Row(t.Code, t.Weight, power[i]))], $"{(shapley ? "shapley" : "banzhaf")} index, quota {quota} of {total}");
    }
}
