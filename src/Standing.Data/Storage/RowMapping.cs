using System.Text.Json;
using Standing.Data.Files;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Chronicle;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Time;
using Standing.Domain.Validation;

namespace Standing.Data.Storage;

/// <summary>Turns domain values into rows to store, and stored rows back into domain values.</summary>
internal static class RowMapping
{
    public static StoredRows ToRows(RegistryInput input) => new(
        Entities: [.. input.Entities.Select(x => x.Value).Select(e => new EntityRow
        {
            Code = e.Code.Value, Name = e.Name, Aliases = string.Join(';', e.Aliases), Kind = e.Kind.ToKebab(), Source = e.Source.Value,
        })],
        Subjects: [.. input.Subjects.Select(x => x.Value).Select(s => new SubjectRow
        {
            Code = s.Code.Value, Declared = s.Declared, ContestedBy = s.ContestedBy.Value, Source = s.Source.Value,
        })],
        Sources: [.. input.Sources.Select(x => x.Value).Select(s => new SourceRow
        {
            Url = s.Url, Title = s.Title, Publisher = s.Publisher, Accessed = s.Accessed,
        })],
        Recognitions: [.. input.Recognitions.Select(x => ToRow(x.Value))],
        Claims: [.. input.Claims.Select(x => ToRow(x.Value))],
        Positions: [.. input.Positions.Select(x => ToRow(x.Value))],
        Organisations: [.. input.Organisations.Select((x, i) => new OrganisationRow
        {
            Id = x.Value.Id.Value, Ordinal = i, Name = x.Value.Name, Parent = x.Value.Parent?.Value, Source = x.Value.Source.Value,
            Bodies = [.. x.Value.Bodies.Select((b, j) => new BodyRow { OrganisationId = x.Value.Id.Value, Id = b.Id, Ordinal = j, Name = b.Name, Roster = b.Roster.Value })],
        })],
        Memberships: [.. input.Memberships.Select(x => ToRow(x.Value))],
        Events: [.. input.Events.Select(x => x.Value).Select(e => new EventRow
        {
            Id = e.Id, Subject = e.Subject.Value, Date = e.Date.ToString(), Until = e.Until?.ToString(), Kind = e.Kind, Title = e.Title,
            Detail = e.Detail, Source = e.Source.Value,
        })],
        Observations: [.. input.Observations.Select(x => x.Value).Select(o => new ObservationRow
        {
            Series = o.Series, Date = o.Date.ToString(), Value = o.Value, Unit = o.Unit, Detail = o.Detail, Source = o.Source.Value,
        })],
        Procedures: [.. input.Procedures.Select(x => x.Value).Select(p => new ProcedureRow
        {
            Organisation = p.Organisation.Value, Document = JsonSerializer.Serialize(p, RuleJson.Options),
        })],
        Weights: [.. input.Weights.Select(x => x.Value).Select(w => new WeightRow
        {
            Table = w.Table, Member = w.Member.Value, Weight = w.Weight, Source = w.Source.Value,
        })],
        Votes: [.. input.Votes.Select(x => x.Value).Select(v => ToRow(v, members: [.. input.RollCalls.Select(x => x.Value).Where(e => e.Vote == v.Id).Select((e, i) => new MemberVoteRow
            {
                VoteId = v.Id, Ordinal = i, Member = e.Member.Value, Vote = e.Cast.ToKebab(), Source = e.Source.Value, Note = e.Note,
            })], delegations: [.. input.DelegationVotes.Select(x => x.Value).Where(d => d.Vote == v.Id).Select((d, i) => new DelegationVoteRow
            {
                VoteId = v.Id, Ordinal = i, Member = d.Member.Value, Yes = d.Yes, No = d.No, Abstain = d.Abstain, Source = d.Source.Value, Note = d.Note,
            })]))],
        Documents: input.Priors is { } priors ? [new DocumentRow { Name = "priors", Json = DataSetReader.WritePriors(priors.Value) }] : [],
        Relations: [.. input.Relations.Select(x => ToRow(x.Value))],
        RelationClaims: [.. input.RelationClaims.Select(x => x.Value).Select(c => new RelationClaimRow
        {
            Id = c.Id, Subject = c.Subject.Value, State = c.State.Value, Kind = c.Kind.ToKebab(), Value = c.Value, Change = c.Change.ToKebab(),
            EventDate = c.EventDate.ToString(), Party = c.Party.Value, SaidOn = c.SaidOn?.ToString(), Stance = c.Stance.ToKebab(),
            Status = c.Status.ToKebab(), Statement = c.Statement, Source = c.Source.Value,
        })],
        OrganisationPositions: [.. input.OrganisationPositions.Select(x => x.Value).Select(p => new OrganisationPositionRow
        {
            Subject = p.Subject.Value, Organisation = p.Organisation.Value, Text = p.Text, StatedOn = p.StatedOn?.ToString(), Source = p.Source.Value, Note = p.Note,
        })],
        Agencies: [.. input.Agencies.Select(x => x.Value).Select(a => new AgencyRow
        {
            Id = a.Id.Value, Name = a.Name, Kind = a.Kind, Country = a.Country?.Value, Parent = a.Parent?.Value, Source = a.Source.Value,
        })],
        Arrangements: [.. input.Arrangements.Select((x, i) => ToRow(x.Value, i))],
        RequestCounts: [.. input.RequestCounts.Select(x => x.Value).Select(c => new RequestCountRow
        {
            Year = c.Year, Channel = c.Channel, Requests = c.Requests, Until = c.Until, Source = c.Source.Value, Note = c.Note,
        })],
        CooperationEvents: [.. input.CooperationEvents.Select(x => x.Value).Select(e => new CooperationEventRow
        {
            Date = e.Date.ToString(), Kind = e.Kind, Title = e.Title, Detail = e.Detail, Channels = string.Join(';', e.Channels), Source = e.Source.Value,
        })]);

    public static RegistryInput ToInput(StoredDocument rows) => new()
        {
            Relations = Located(() => rows.Of<RelationRow>(nameof(StoredRows.Relations)), "relations", ToRelation),
            RelationClaims = Located(() => rows.Of<RelationClaimRow>(nameof(StoredRows.RelationClaims)), "relation_claims", c => new RelationClaim(c.Id, new EntityCode(c.Subject), new EntityCode(c.State),
                KebabNames.Of<RelationKind>()[c.Kind], c.Value, KebabNames.Of<RelationChange>()[c.Change], Date(c.EventDate), new EntityCode(c.Party),
                OptionalDate(c.SaidOn), KebabNames.Of<ClaimStance>()[c.Stance], KebabNames.Of<ClaimStatus>()[c.Status], c.Statement, new SourceRef(c.Source))),
            OrganisationPositions = Located(() => rows.Of<OrganisationPositionRow>(nameof(StoredRows.OrganisationPositions)), "organisation_positions", p => new OrganisationPosition(new EntityCode(p.Subject),
                new OrganisationId(p.Organisation), p.Text, OptionalDate(p.StatedOn), new SourceRef(p.Source), p.Note)),
            Priors = rows.Of<DocumentRow>(nameof(StoredRows.Documents)).FirstOrDefault(d => d.Name == "priors") is { } p ? new(DataSetReader.ReadPriors(p.Json), "documents#priors") : null,
            Agencies = Located(() => rows.Of<AgencyRow>(nameof(StoredRows.Agencies)), "agencies", a => new Agency(new AgencyId(a.Id), a.Name, a.Kind, a.Country is null ? null : new EntityCode(a.Country),
                a.Parent is null ? null : new AgencyId(a.Parent), new SourceRef(a.Source))),
            Arrangements = Located(() => rows.Of<ArrangementRow>(nameof(StoredRows.Arrangements)).OrderBy(a => a.Ordinal).ToList(), "arrangements", ToArrangement),
            RequestCounts = Located(() => rows.Of<RequestCountRow>(nameof(StoredRows.RequestCounts)), "request_counts", c => new RequestCount(c.Year, c.Channel, c.Requests, c.Until, new SourceRef(c.Source), c.Note)),
            CooperationEvents = Located(() => rows.Of<CooperationEventRow>(nameof(StoredRows.CooperationEvents)), "cooperation_events", e => new CooperationEvent(Date(e.Date), e.Kind, e.Title, e.Detail,
                e.Channels.Split(';', StringSplitOptions.RemoveEmptyEntries), new SourceRef(e.Source))),
            Procedures = Located(() => rows.Of<ProcedureRow>(nameof(StoredRows.Procedures)), "procedures", p => RuleJson.Read(p.Document)),
            Weights = Located(() => rows.Of<WeightRow>(nameof(StoredRows.Weights)), "vote_weights", w => new VoteWeight(w.Table, new EntityCode(w.Member), w.Weight, new SourceRef(w.Source))),
            Votes = Located(() => rows.Of<VoteRow>(nameof(StoredRows.Votes)), "votes", ToVote),
            RollCalls = Located(() => rows.Of<VoteRow>(nameof(StoredRows.Votes)).SelectMany(v => v.Members.OrderBy(m => m.Ordinal)).ToList(), "member_votes", m => new RollCallEntry(
                m.VoteId, new EntityCode(m.Member), KebabNames.Of<RollCallVote>()[m.Vote], new SourceRef(m.Source), m.Note)),
            DelegationVotes = Located(() => rows.Of<VoteRow>(nameof(StoredRows.Votes)).SelectMany(v => v.Delegations.OrderBy(d => d.Ordinal)).ToList(), "delegation_votes", d => new DelegationVote(
                d.VoteId, new EntityCode(d.Member), d.Yes, d.No, d.Abstain, new SourceRef(d.Source), d.Note)),
            Entities = Located(() => rows.Of<EntityRow>(nameof(StoredRows.Entities)), "entities", e => new Entity(new EntityCode(e.Code), e.Name,
                e.Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries), KebabNames.Of<EntityKind>()[e.Kind], new SourceRef(e.Source))),
            Subjects = Located(() => rows.Of<SubjectRow>(nameof(StoredRows.Subjects)), "subjects", s => new Subject(new EntityCode(s.Code), s.Declared, new EntityCode(s.ContestedBy), new SourceRef(s.Source))),
            Sources = Located(() => rows.Of<SourceRow>(nameof(StoredRows.Sources)), "sources", s => new Source(s.Url, s.Title, s.Publisher, s.Accessed)),
            Recognitions = Located(() => rows.Of<RecognitionRow>(nameof(StoredRows.Recognitions)), "recognition_events", ToEvent),
            Claims = Located(() => rows.Of<ClaimRow>(nameof(StoredRows.Claims)), "claims", ToClaim),
            Positions = Located(() => rows.Of<PositionRow>(nameof(StoredRows.Positions)), "positions", ToPosition),
            Organisations = Located(() => rows.Of<OrganisationRow>(nameof(StoredRows.Organisations)).OrderBy(o => o.Ordinal).ToList(), "organisations", o => new Organisation(
                new OrganisationId(o.Id), o.Name, o.Parent is null ? null : new OrganisationId(o.Parent),
                [.. o.Bodies.OrderBy(b => b.Ordinal).Select(b => new Body(b.Id, b.Name, new OrganisationId(b.Roster)))], new SourceRef(o.Source))),
            Memberships = Located(() => rows.Of<MembershipRow>(nameof(StoredRows.Memberships)), "memberships", ToMembership),
            Events = Located(() => rows.Of<EventRow>(nameof(StoredRows.Events)), "events", e => new SubjectEvent(e.Id, new EntityCode(e.Subject), Date(e.Date), OptionalDate(e.Until),
                e.Kind, e.Title, e.Detail, new SourceRef(e.Source))),
            Observations = Located(() => rows.Of<ObservationRow>(nameof(StoredRows.Observations)), "observations", o => new Observation(o.Series, Date(o.Date), o.Value, o.Unit, o.Detail, new SourceRef(o.Source))),
        };

    public static RecognitionRow ToRow(RecognitionEvent r) => new()
    {
        Subject = r.Subject.Value, State = r.State.Value, Kind = r.Kind.ToKebab(), Date = r.Date.ToString(), Source = r.Source.Value, Note = r.Note,
        ReportedOn = r.FirstReport?.On.ToString(), ReportSource = r.FirstReport?.Source.Value, ReportNote = r.FirstReport?.Note,
    };

    public static RecognitionEvent ToEvent(RecognitionRow r) => new(new EntityCode(r.Subject), new EntityCode(r.State),
        KebabNames.Of<RecognitionEventKind>()[r.Kind], Date(r.Date), new SourceRef(r.Source), r.Note,
        r.ReportedOn is null ? null : new FirstReport(Date(r.ReportedOn), new SourceRef(r.ReportSource!), r.ReportNote));

    public static ClaimRow ToRow(Claim c) => new()
    {
        Id = c.Id, Subject = c.Subject.Value, State = c.State.Value, Event = c.Event.ToKebab(), EventDate = c.EventDate.ToString(),
        Party = c.Party.Value, SaidOn = c.SaidOn?.ToString(), Stance = c.Stance.ToKebab(), Status = c.Status.ToKebab(),
        Statement = c.Statement, Source = c.Source.Value, Note = c.Note,
    };

    public static Claim ToClaim(ClaimRow c) => new(c.Id, new EntityCode(c.Subject), new EntityCode(c.State),
        KebabNames.Of<RecognitionEventKind>()[c.Event], Date(c.EventDate), new EntityCode(c.Party), OptionalDate(c.SaidOn),
        KebabNames.Of<ClaimStance>()[c.Stance], KebabNames.Of<ClaimStatus>()[c.Status], c.Statement, new SourceRef(c.Source), c.Note);

    public static PositionRow ToRow(Position p) => new()
    {
        Subject = p.Subject.Value, State = p.State.Value, Text = p.Text, StatedOn = p.StatedOn?.ToString(), Source = p.Source.Value, Note = p.Note,
    };

    public static Position ToPosition(PositionRow p) => new(new EntityCode(p.Subject), new EntityCode(p.State), p.Text,
        OptionalDate(p.StatedOn), new SourceRef(p.Source), p.Note);

    public static MembershipRow ToRow(Membership m) => new()
    {
        Organisation = m.Organisation.Value, State = m.State.Value, Status = m.Status.ToKebab(), Since = m.Since?.ToString(),
        Until = m.Period.End, Source = m.Source.Value, Note = m.Note,
    };

    public static Membership ToMembership(MembershipRow m)
    {
        var since = OptionalDate(m.Since);
        return new Membership(new OrganisationId(m.Organisation), new EntityCode(m.State), KebabNames.Of<MembershipStatus>()[m.Status],
            new DateRange(since?.Date ?? DateOnly.MinValue, m.Until), since, new SourceRef(m.Source), m.Note);
    }

    public static RelationRow ToRow(Relation r) => new()
    {
        Subject = r.Subject.Value, State = r.State.Value, Kind = r.Kind.ToKebab(), Value = r.Value, Since = r.Since.ToString(), Until = r.Period.End,
        Detail = r.Detail, Source = r.Source.Value, Note = r.Note,
    };

    public static Relation ToRelation(RelationRow r)
    {
        var since = Date(r.Since);
        return new Relation(new EntityCode(r.Subject), new EntityCode(r.State), KebabNames.Of<RelationKind>()[r.Kind], r.Value,
            new DateRange(since.Date, r.Until), since, r.Detail, new SourceRef(r.Source), r.Note);
    }

    /// <summary>The vote's row, with its roll call and delegation votes if given (a change's copy of a vote has neither).</summary>
    public static VoteRow ToRow(RecordedVote v, List<MemberVoteRow>? members = null, List<DelegationVoteRow>? delegations = null) => new()
    {
        Id = v.Id, Organisation = v.Organisation.Value, Body = v.Body, Round = v.Round, Motion = v.Motion, Subject = v.Subject.Value, Date = v.Date,
        Yes = v.Tally.Yes, No = v.Tally.No, Abstain = v.Tally.Abstain, Absent = v.AbsentKnown ? v.Tally.Absent : null,
        Outcome = v.Outcome.ToKebab(), Ballot = v.Ballot.ToKebab(), YesFavoursSubject = v.YesFavoursSubject, Source = v.Source.Value, Note = v.Note,
        Members = members ?? [], Delegations = delegations ?? [],
    };

    public static RecordedVote ToVote(VoteRow v) => new(v.Id, new OrganisationId(v.Organisation), v.Body, v.Round, v.Motion, new EntityCode(v.Subject), v.Date,
        new Tally(v.Yes, v.No, v.Abstain, v.Absent ?? 0), v.Absent is not null, KebabNames.Of<VoteOutcome>()[v.Outcome],
        KebabNames.Of<Ballot>()[v.Ballot], new SourceRef(v.Source), v.Note, v.YesFavoursSubject);

    public static ArrangementRow ToRow(Arrangement a, int ordinal = 0) => new()
    {
        Id = a.Id, Ordinal = ordinal, Name = a.Name, Kind = a.Kind, Links = string.Join(';', a.Links), Basis = a.Basis,
        Scope = a.Scope.Count == 0 ? "all" : string.Join(';', a.Scope.Order(StringComparer.Ordinal)),
        Since = a.Since?.ToString() ?? "", Until = a.Period.End, Source = a.Source.Value, Note = a.Note,
    };

    public static Arrangement ToArrangement(ArrangementRow a)
    {
        var since = Date(a.Since);
        return new Arrangement(a.Id, a.Name, a.Kind, [.. a.Links.Split(';').Select(Link.Parse)], a.Basis,
            a.Scope == "all" ? new HashSet<string>() : a.Scope.Split(';').ToHashSet(StringComparer.Ordinal),
            new DateRange(since.Date, a.Until), since, new SourceRef(a.Source), a.Note);
    }

    /// <summary>A table's domain values, each with its place; made when first used, as a command reads only some tables.</summary>
    private static Deferred<Located<T>> Located<TRow, T>(Func<List<TRow>> rows, string table, Func<TRow, T> map) =>
        new(() => [.. rows().Select((r, i) => new Located<T>(map(r), $"{table}#{i + 1}"))]);

    private static PartialDate Date(string text) =>
        PartialDate.TryParse(text, out var date) ? date : throw new InvalidDataException($"stored date '{text}' is not a date");

    private static PartialDate? OptionalDate(string? text) => text is null ? null : Date(text);
}
