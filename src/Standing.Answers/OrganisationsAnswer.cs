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

    /// <summary>One organisation: its standing row and its members on the date, each with its recognition status (as on the map).</summary>
    public sealed record View(Row Standing, IReadOnlyList<MapAnswer.Row> Roster);

    /// <summary>The organisation with this id (any case), or null.</summary>
    public static View? One(Question q, string id)
    {
        ArgumentNullException.ThrowIfNull(q);
        var row = For(q).FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        if (row is null)
        {
            return null;
        }

        var members = q.Registry.MembersOn(new Domain.Organisations.OrganisationId(row.Id), q.AsOf).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return new View(row, [.. MapAnswer.For(q).Where(m => members.Contains(m.Code))]);
    }

    public static IReadOnlyList<Row> For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.Standing(q.Subject.Code, q.AsOf, q.Perspective)
            .Select(s => new Row(s.Organisation.Id.Value, s.Organisation.Name, s.Members, s.Recognizing,
                [.. s.NotRecognizing.Select(c => c.Value)], s.SubjectStatus?.Status.ToKebab() ?? "none", s.SubjectStatus?.Since?.ToString(),
                q.Registry.PositionOf(s.Organisation.Id, q.Subject.Code, q.AsOf)?.Text))];
    }
}
