using Standing.Domain.Organisations;

namespace Standing.Answers;

/// <summary>Recognisers without relations, and non-recognisers with relations or accepting documents.</summary>
public static class GapsAnswer
{
    public sealed record Row(string Code, string Name, string Gap, string Detail);

    public static readonly IReadOnlyList<Column<Row>> Columns = [new("code", r => r.Code), new("name", r => r.Name), new("gap", r => r.Gap), new("detail", r => r.Detail)];

    /// <exception cref="AnswerInputException"><paramref name="bloc"/> is no organisation.</exception>
    public static IReadOnlyList<Row> For(Question q, OrganisationId? bloc)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (bloc is { } o && q.Registry.Organisation(o) is null)
        {
            throw new AnswerInputException(AnswerField.Bloc, $"no organisation '{o}'");
        }

        return [.. q.Registry.Gaps(q.Subject.Code, q.AsOf, q.Perspective, bloc)
            .Select(g => new Row(g.State.Value, q.Registry.Entity(g.State)?.Name ?? g.State.Value, g.Gap, g.Detail))];
    }

    public static string Caption(Question q, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(rows);
        return $"{rows.Count} gaps on {q.AsOf:yyyy-MM-dd}; relations are only those on record (docs/data.md gives the coverage)";
    }
}
