using Standing.Domain;

namespace Standing.Answers;

/// <summary>The states that recognise the subject on a date.</summary>
public static class RecognitionsAnswer
{
    public sealed record Row(string Code, string Name, string RecognizedOn, string? RestoredOn, bool UnMember, string Source);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("code", r => r.Code), new("name", r => r.Name), new("recognized on", r => r.RecognizedOn),
        new("restored on", r => r.RestoredOn), new("UN member", r => r.UnMember), new("source", r => r.Source),
    ];

    public static IReadOnlyList<Row> For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.Recognisers(q.Subject.Code, q.AsOf, q.Perspective)
            .Select(r => new Row(r.Entity.Code.Value, r.Entity.Name, r.RecognisedOn.ToString(), r.RestoredOn?.ToString(), r.UnMember, r.Source.Value))];
    }

    public static string Caption(Question q, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(rows);
        return $"{rows.Count} states recognise {q.Subject.Code} on {q.AsOf:yyyy-MM-dd} ({rows.Count(r => r.UnMember)} UN members; perspective {q.Perspective.ToKebab()})";
    }
}
