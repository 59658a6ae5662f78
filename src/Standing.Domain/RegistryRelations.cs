using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;

namespace Standing.Domain;

/// <summary>A mismatch between recognition and relations on a date.</summary>
/// <param name="State">The state.</param>
/// <param name="Gap"><c>recognises-without-relations</c>, <c>relations-without-recognition</c> or <c>documents-without-recognition</c>.</param>
/// <param name="Detail">What the data shows, in words.</param>
public sealed record RelationGap(EntityCode State, string Gap, string Detail);

public sealed partial class Registry
{
    /// <summary>Every relation, by state and start.</summary>
    public IReadOnlyList<Relation> Relations { get; private init; } = [];

    /// <summary>Every stated position of an organisation.</summary>
    public IReadOnlyList<OrganisationPosition> OrganisationPositions { get; private init; } = [];

    /// <summary>The relations of <paramref name="subject"/> in force on <paramref name="day"/>, optionally of one kind or state.</summary>
    public IEnumerable<Relation> RelationsOn(EntityCode subject, DateOnly day, RelationKind? kind = null, EntityCode? state = null) =>
        Relations.Where(r => r.Subject == subject && r.Period.Contains(day) && (kind is null || r.Kind == kind) && (state is null || r.State == state));

    /// <summary>The latest position of an organisation on the subject stated by <paramref name="day"/> (undated ones count as always), or null.</summary>
    public OrganisationPosition? PositionOf(OrganisationId organisation, EntityCode subject, DateOnly day) =>
        OrganisationPositions.Where(p => p.Organisation == organisation && p.Subject == subject && (p.StatedOn is null || p.StatedOn.Value.Date <= day))
            .OrderBy(p => p.StatedOn?.Date ?? DateOnly.MinValue).LastOrDefault();

    /// <summary>
    /// Where recognition and relations disagree on <paramref name="day"/>: states that recognise the subject without
    /// diplomatic relations on record, states with diplomatic relations that do not recognise it, and states that
    /// do not recognise it yet accept its passports or let its holders in without a visa. Optionally only the
    /// members of one organisation (a bloc) on the date.
    /// </summary>
    public IReadOnlyList<RelationGap> Gaps(EntityCode subject, DateOnly day, Perspective perspective, OrganisationId? bloc = null)
    {
        var ledger = Ledger(subject, perspective);
        var members = bloc is { } b ? MembersOn(b, day).ToHashSet() : null;
        var inForce = RelationsOn(subject, day).ToList();
        var states = _entities.Keys.Where(c => c != subject && (members is null || members.Contains(c)));
        var gaps = new List<RelationGap>();
        foreach (var state in states.OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            var recognised = ledger.StatusOn(state, day).IsRecognised;
            var diplomatic = inForce.Any(r => r.State == state && r.Kind == RelationKind.Diplomatic);
            var documents = inForce.Where(r => r.State == state && ((r.Kind == RelationKind.TravelDocument && r.Value == "accepted")
                || (r.Kind == RelationKind.Visa && r.Value is "visa-free" or "visa-on-arrival" or "e-visa"))).ToList();
            if (recognised && !diplomatic)
            {
                gaps.Add(new(state, "recognises-without-relations", "recognises the subject; no diplomatic relations on record on the date"));
            }
            else if (!recognised && diplomatic)
            {
                gaps.Add(new(state, "relations-without-recognition", "diplomatic relations on record, but no recognition in effect"));
            }

            if (!recognised && documents.Count > 0)
            {
                gaps.Add(new(state, "documents-without-recognition",
                    $"does not recognise the subject but {string.Join("; ", documents.Select(d => $"{d.Kind.ToKebab()}: {d.Value} since {d.Since}"))}"));
            }
        }

        return gaps;
    }
}
