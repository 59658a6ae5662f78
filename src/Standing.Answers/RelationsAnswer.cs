using System.Globalization;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Relations;

namespace Standing.Answers;

/// <summary>Relations beyond recognition in force on a date, and how much of them the data records.</summary>
public static class RelationsAnswer
{
    public sealed record ClaimView(
        string Id, string Kind, string Value, string Change, string EventDate, string Party, string? SaidOn, string Stance, string Status, string Statement, string Source);

    public sealed record Row(
        string Code, string Name, string Kind, string Value, string Since, string? Until, string? Detail, string Source, string? Note, bool Verified,
        IReadOnlyList<ClaimView> Claims);

    public sealed record CoverageRow(string Kind, string Value, int Rows, int States, int Unverified);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("code", r => r.Code), new("name", r => r.Name), new("kind", r => r.Kind), new("value", r => r.Value),
        new("since", r => r.Since), new("until", r => r.Until), new("detail", r => r.Detail), new("verified", r => r.Verified),
        new("claims", r => r.Claims.Select(c => $"{c.Party} {c.Stance} {c.Change} {c.EventDate}")),
    ];

    public static readonly IReadOnlyList<Column<CoverageRow>> CoverageColumns =
    [
        new("kind", r => r.Kind), new("value", r => r.Value), new("rows", r => r.Rows), new("states", r => r.States), new("unverified", r => r.Unverified),
    ];

    public static IReadOnlyList<Row> For(Question q, RelationKind? kind, EntityCode? state)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.RelationsOn(q.Subject.Code, q.AsOf, kind, state, q.Perspective).Select(r => View(q.Registry, r))];
    }

    public static string Caption(Question q, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(rows);
        return $"{rows.Count} relations of {q.Subject.Code} in force on {q.AsOf:yyyy-MM-dd}, perspective {q.Perspective.ToKebab()}";
    }

    /// <summary>The rows and states on record per kind and value, over all dates.</summary>
    public static IReadOnlyList<CoverageRow> Coverage(Question q, RelationKind? kind)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.Coverage(q.Subject.Code).Where(c => kind is null || c.Kind == kind)
            .Select(c => new CoverageRow(c.Kind.ToKebab(), c.Value, c.Rows, c.States, c.Unverified))];
    }

    /// <summary>One relation, with every claim about its start or end.</summary>
    public static Row View(Registry registry, Relation r)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(r);
        return new(r.State.Value, registry.Entity(r.State)?.Name ?? r.State.Value, r.Kind.ToKebab(), r.Value, r.Since.ToString(),
            r.Period.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Detail, r.Source.Value, r.Note, r.IsVerified,
            [.. registry.ClaimsAbout(r).OrderBy(c => c.SaidOn?.Date).Select(Claim)]);
    }

    /// <summary>A claim about a relation.</summary>
    public static ClaimView Claim(RelationClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Kind.ToKebab(), c.Value, c.Change.ToKebab(), c.EventDate.ToString(), c.Party.Value, c.SaidOn?.ToString(), c.Stance.ToKebab(),
            c.Status.ToKebab(), c.Statement, c.Source.Value);
    }
}
