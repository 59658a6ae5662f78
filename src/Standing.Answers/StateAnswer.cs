using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Sources;

namespace Standing.Answers;

/// <summary>One state's recognition of the subject, claims, position, memberships, relations and sources.</summary>
public static class StateAnswer
{
    public sealed record EventView(string Event, string Date, string Source, string? Note);

    public sealed record ClaimView(string Id, string Event, string EventDate, string Party, string? SaidOn, string Stance, string Status, string Statement, string Source, string? Note = null);

    public sealed record PositionView(string Position, string? StatedOn, string Source);

    public sealed record MembershipView(string Org, string Status, string? Since, string? Until, bool Current, string Source, string? Note);

    public sealed record SourceView(string Url, string Title, string Publisher, DateOnly Accessed);

    public sealed record RelationView(string Kind, string Value, string Since, string? Until, bool Current, string? Detail, string Source, string? Note, bool Verified);

    public sealed record VoteView(string Vote, string Organisation, string Body, DateOnly Date, string Motion, string Subject, string Cast, string Source, string? Note);

    public sealed record View(
        string Code, string Name, string Kind, IReadOnlyList<string> Aliases, string Subject, DateOnly AsOf, string Perspective,
        string Recognition, string? RecognizedOn, string? Since, bool UnMember,
        IReadOnlyList<EventView> Events, IReadOnlyList<ClaimView> Claims, IReadOnlyList<PositionView> Positions,
        IReadOnlyList<MembershipView> Memberships, IReadOnlyList<RelationView> Relations, IReadOnlyList<RelationsAnswer.ClaimView> RelationClaims,
        IReadOnlyList<VoteView> Votes, IReadOnlyList<SourceView> Sources);

    public static View For(Question q, EntityCode code)
    {
        ArgumentNullException.ThrowIfNull(q);
        var r = q.Registry;
        var entity = r.Entity(code)!;
        var ledger = r.Ledger(q.Subject.Code, q.Perspective);
        var status = ledger.StatusOn(code, q.AsOf);
        var events = ledger.EventsOf(code)
            .Select(e => new EventView(e.Kind.ToKebab(), e.Date.ToString(), e.Source.Value, e.Note)).ToList();
        var claims = r.Claims.Where(c => c.Subject == q.Subject.Code && c.State == code).OrderBy(c => c.EventDate).ThenBy(c => c.SaidOn?.Date)
            .Select(c => new ClaimView(c.Id, c.Event.ToKebab(), c.EventDate.ToString(), c.Party.Value, c.SaidOn?.ToString(), c.Stance.ToKebab(),
                c.Status.ToKebab(), c.Statement, c.Source.Value, c.Note)).ToList();
        var positions = r.Positions.Where(p => p.Subject == q.Subject.Code && p.State == code)
            .Select(p => new PositionView(p.Text, p.StatedOn?.ToString(), p.Source.Value)).ToList();
        var memberships = r.MembershipsOf(code).OrderBy(m => m.Organisation.Value, StringComparer.Ordinal).ThenBy(m => m.Period.Start)
            .Select(m => new MembershipView(m.Organisation.Value, m.Status.ToKebab(), m.Since?.ToString(), m.Period.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                m.Period.Contains(q.AsOf), m.Source.Value, m.Note)).ToList();
        var relations = r.RelationsOf(q.Subject.Code, q.Perspective).Where(x => x.State == code)
            .Select(x => new RelationView(x.Kind.ToKebab(), x.Value, x.Since.ToString(), x.Period.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                x.Period.Contains(q.AsOf), x.Detail, x.Source.Value, x.Note, x.IsVerified)).ToList();
        var relationClaims = r.RelationClaims.Where(c => c.Subject == q.Subject.Code && c.State == code).OrderBy(c => c.EventDate).ThenBy(c => c.SaidOn?.Date)
            .Select(RelationsAnswer.Claim).ToList();
        var votes = r.VotesOf(code).Where(x => x.Vote.Date <= q.AsOf)
            .Select(x => new VoteView(x.Vote.Id, x.Vote.Organisation.Value, x.Vote.Body, x.Vote.Date, x.Vote.Motion, x.Vote.Subject.Value,
                x.Entry.Cast.ToKebab(), x.Entry.Source.Value, x.Entry.Note)).ToList();
        var cited = events.Select(e => e.Source).Concat(claims.Select(c => c.Source)).Concat(positions.Select(p => p.Source))
            .Concat(memberships.Select(m => m.Source)).Concat(relations.Select(x => x.Source))
            .Concat(relationClaims.Select(c => c.Source)).Concat(votes.Select(v => v.Source)).Append(entity.Source.Value).Distinct(StringComparer.Ordinal)
            .Select(s => r.Source(new SourceRef(s))).OfType<Source>()
            .Select(s => new SourceView(s.Url, s.Title, s.Publisher, s.Accessed)).ToList();
        return new View(code.Value, entity.Name, entity.Kind.ToKebab(), entity.Aliases, q.Subject.Code.Value, q.AsOf, q.Perspective.ToKebab(),
            code == q.Subject.Code ? "subject" : status.State.ToKebab(), status.FirstRecognition?.Date.ToString(), status.Since?.ToString(), r.IsUnMember(code, q.AsOf),
            events, claims, positions, memberships, relations, relationClaims, votes, cited);
    }

    public static readonly IReadOnlyList<Column<View>> Fields =
    [
        new("code", v => v.Code), new("name", v => v.Name), new("kind", v => v.Kind), new("subject", v => v.Subject), new("asOf", v => v.AsOf),
        new("perspective", v => v.Perspective), new("recognition", v => v.Recognition), new("recognizedOn", v => v.RecognizedOn), new("since", v => v.Since),
        new("unMember", v => v.UnMember),
        new("events", v => v.Events.Select(e => $"{e.Event} {e.Date}")), new("claims", v => v.Claims.Select(c => c.Id)),
        new("positions", v => v.Positions.Select(p => p.Position)),
        new("memberships", v => v.Memberships.Where(m => m.Current).Select(m => $"{m.Org} {m.Status}")),
        new("relations", v => v.Relations.Where(x => x.Current).Select(x => $"{x.Kind} {x.Value}")),
        new("relationClaims", v => v.RelationClaims.Select(c => c.Id)),
        new("votes", v => v.Votes.Select(x => $"{x.Vote} {x.Cast}")),
    ];
}
