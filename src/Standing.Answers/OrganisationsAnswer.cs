using Standing.Domain;

namespace Standing.Answers;

/// <summary>The subject's standing in each organisation on a date.</summary>
public static class OrganisationsAnswer
{
    public sealed record Row(
        string Id, string Name, int Members, int Recognizing, IReadOnlyList<string> NotRecognizing, string SubjectStatus, string? SubjectStatusSince,
        string? Position);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("id", r => r.Id), new("name", r => r.Name), new("members", r => r.Members), new("recognizing", r => r.Recognizing),
        new("subject status", r => r.SubjectStatus), new("since", r => r.SubjectStatusSince), new("not recognizing", r => r.NotRecognizing),
    ];

    public static IReadOnlyList<Row> For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.Standing(q.Subject.Code, q.AsOf, q.Perspective)
            .Select(s => new Row(s.Organisation.Id.Value, s.Organisation.Name, s.Members, s.Recognizing,
                [.. s.NotRecognizing.Select(c => c.Value)], s.SubjectStatus?.Status.ToKebab() ?? "none", s.SubjectStatus?.Since?.ToString(),
                q.Registry.PositionOf(s.Organisation.Id, q.Subject.Code, q.AsOf)?.Text))];
    }
}
