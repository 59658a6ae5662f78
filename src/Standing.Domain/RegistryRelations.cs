using System.Collections.Concurrent;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain;

/// <summary>A mismatch between recognition and relations on a date.</summary>
/// <param name="State">The state.</param>
/// <param name="Gap"><c>recognises-without-relations</c>, <c>relations-without-recognition</c> or <c>documents-without-recognition</c>.</param>
/// <param name="Detail">What the data shows, in words.</param>
public sealed record RelationGap(EntityCode State, string Gap, string Detail);

/// <summary>How much of one kind and value of relation the data records.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Value">The value.</param>
/// <param name="Rows">Recorded periods.</param>
/// <param name="States">Distinct states among them.</param>
/// <param name="Unverified">Rows that no source states as recorded (see <see cref="Relation.IsVerified"/>).</param>
public sealed record RelationCoverage(RelationKind Kind, string Value, int Rows, int States, int Unverified);

public sealed partial class Registry
{
    private readonly ConcurrentDictionary<(EntityCode, Perspective), IReadOnlyList<Relation>> _relationsAsTold = new();

    /// <summary>Every recorded relation, by state and start.</summary>
    public IReadOnlyList<Relation> Relations => _relations.Value;

    /// <summary>Every statement by a named party that a relation began or ended.</summary>
    public IReadOnlyList<RelationClaim> RelationClaims => _relationClaims.Value;

    /// <summary>Every stated position of an organisation.</summary>
    public IReadOnlyList<OrganisationPosition> OrganisationPositions => _organisationPositions.Value;

    /// <summary>
    /// The relations of <paramref name="subject"/> in force on <paramref name="day"/>, optionally of one kind or state,
    /// as <paramref name="perspective"/> tells them (see <see cref="RelationsOf"/>).
    /// </summary>
    public IEnumerable<Relation> RelationsOn(
        EntityCode subject, DateOnly day, RelationKind? kind = null, EntityCode? state = null, Perspective perspective = Perspective.Default) =>
        RelationsOf(subject, perspective).Where(r => r.Period.Contains(day) && (kind is null || r.Kind == kind) && (state is null || r.State == state));

    /// <summary>
    /// Every relation of <paramref name="subject"/> as <paramref name="perspective"/> tells it. The default is the
    /// recorded relations. Serbia's and Kosovo's perspectives follow their government's claims: a relation the party
    /// says never began is left out, an end it denies is lifted, an end it asserts cuts the relation short, and a
    /// relation it says began (and the record lacks) is added from that date.
    /// </summary>
    public IReadOnlyList<Relation> RelationsOf(EntityCode subject, Perspective perspective)
    {
        var s = Subject(subject) ?? throw new ArgumentException($"'{subject}' is not a tracked subject.", nameof(subject));
        return _relationsAsTold.GetOrAdd((subject, perspective), _ =>
        {
            var recorded = Relations.Where(r => r.Subject == subject).ToList();
            if (perspective == Perspective.Default)
            {
                return recorded;
            }

            var party = perspective == Perspective.Serbia ? s.ContestedBy : s.Code;
            var claims = RelationClaims.Where(c => c.Subject == subject && c.Party == party).ToList();
            return [.. recorded.Select(r => AsTold(r, claims)).OfType<Relation>().Concat(ClaimedRelations(recorded, claims))
                .OrderBy(r => r.State.Value, StringComparer.Ordinal).ThenBy(r => r.Period.Start)];
        });
    }

    /// <summary>
    /// How many rows and states the data records for each kind of relation of <paramref name="subject"/> (value
    /// <see cref="AllValues"/>), then for each of its values.
    /// </summary>
    public IReadOnlyList<RelationCoverage> Coverage(EntityCode subject)
    {
        static RelationCoverage Count(RelationKind kind, string value, IEnumerable<Relation> rows) =>
            new(kind, value, rows.Count(), rows.Select(r => r.State).Distinct().Count(),
                rows.Count(r => !r.IsVerified));

        return [.. Relations.Where(r => r.Subject == subject).GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .SelectMany(kind => kind.GroupBy(r => r.Value).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(kind.Key, g.Key, g))
                .Prepend(Count(kind.Key, AllValues, kind)))];
    }

    /// <summary>The value of a <see cref="RelationCoverage"/> row that counts every value of its kind.</summary>
    public const string AllValues = "all";

    /// <summary>Every claim, by any party, about <paramref name="relation"/>'s start or end.</summary>
    public IEnumerable<RelationClaim> ClaimsAbout(Relation relation) => RelationClaims.Where(c => c.Concerns(relation));

    private static Relation? AsTold(Relation relation, List<RelationClaim> claims)
    {
        var about = claims.Where(c => c.Concerns(relation)).ToList();
        if (about.Exists(c => c.Change == RelationChange.Began && c.Stance == ClaimStance.Denies))
        {
            return null;
        }

        var end = relation.Period.End;
        RelationClaim? toldBy = null;
        if (about.Find(c => c.Change == RelationChange.Ended && c.Stance == ClaimStance.Denies && end is { } e && c.EventDate.Covers(e)) is { } denied)
        {
            (end, toldBy) = (null, denied);
        }

        var asserted = about.Where(c => c.Change == RelationChange.Ended && c.Stance == ClaimStance.Asserts && c.EventDate.Date > relation.Period.Start)
            .MinBy(c => c.EventDate.Date);
        if (asserted is not null && (end is null || asserted.EventDate.Date < end))
        {
            (end, toldBy) = (asserted.EventDate.Date, asserted);
        }

        if (toldBy is null)
        {
            return relation;
        }

        var note = $"as told by {toldBy.Party} ({toldBy.Id})";
        return relation with { Period = new(relation.Period.Start, end), Note = relation.Note is null ? note : $"{note}; {relation.Note}" };
    }

    private static IEnumerable<Relation> ClaimedRelations(List<Relation> recorded, List<RelationClaim> claims) =>
        claims.Where(c => c.Change == RelationChange.Began && c.Stance == ClaimStance.Asserts)
            .Where(c => !recorded.Exists(r => r.SameAs(c.Subject, c.State, c.Kind, c.Value) && (c.Concerns(r) || r.Period.Contains(c.EventDate.Date))))
            .GroupBy(c => (c.State, c.Kind, c.Value))
            .Select(g => g.MinBy(c => c.EventDate.Date)!)
            .Select(c => new Relation(c.Subject, c.State, c.Kind, c.Value, new DateRange(c.EventDate.Date, null), c.EventDate, c.Statement, c.Source,
                $"as claimed by {c.Party} ({c.Id})"));

    /// <summary>The latest position of an organisation on the subject stated by <paramref name="day"/> (undated ones count as always), or null.</summary>
    public OrganisationPosition? PositionOf(OrganisationId organisation, EntityCode subject, DateOnly day) =>
        OrganisationPositions.Where(p => p.Organisation == organisation && p.Subject == subject && (p.StatedOn is null || p.StatedOn.Value.Date <= day))
            .OrderBy(p => p.StatedOn?.Date ?? DateOnly.MinValue).LastOrDefault();

    /// <summary>
    /// Where recognition and relations disagree on <paramref name="day"/>: states that recognise the subject without
    /// diplomatic relations on record, states with diplomatic relations that do not recognise it, and states that
    /// do not recognise it yet accept its passports or plates, or let its holders in without a visa. Optionally only the
    /// members of one organisation (a bloc) on the date. An embassy or an accredited ambassador either way counts as
    /// diplomatic relations when the data has no date for establishing them; a liaison office or consulate does not.
    /// </summary>
    public IReadOnlyList<RelationGap> Gaps(EntityCode subject, DateOnly day, Perspective perspective, OrganisationId? bloc = null)
    {
        var ledger = Ledger(subject, perspective);
        var members = bloc is { } b ? MembersOn(b, day).ToHashSet() : null;
        var inForce = RelationsOn(subject, day, perspective: perspective).ToList();
        var states = _entities.Value.Keys.Where(c => c != subject && (members is null || members.Contains(c)));
        var gaps = new List<RelationGap>();
        foreach (var state in states.OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            var recognised = ledger.StatusOn(state, day).IsRecognised;
            var diplomatic = inForce.Find(r => r.State == state && r.Kind == RelationKind.Diplomatic);
            var established = diplomatic?.Value == "established"
                || (diplomatic is null && inForce.Exists(r => r.State == state && r.IsDiplomaticMission));
            var documents = inForce.Where(r => r.State == state && r.AdmitsSubjectsDocuments).ToList();
            if (recognised && !established)
            {
                gaps.Add(new(state, "recognises-without-relations", diplomatic?.Value switch
                {
                    "consular" => $"recognises the subject; consular relations only, since {diplomatic.Since}",
                    "none" when diplomatic.IsVerified => $"recognises the subject; a source states there are no diplomatic relations (as of {diplomatic.Since})",
                    "none" => $"recognises the subject; no diplomatic relations on record as of {diplomatic.Since} (unverified: the row's note says why)",
                    _ => "recognises the subject; no diplomatic relations on record on the date",
                }));
            }
            else if (!recognised && established)
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
