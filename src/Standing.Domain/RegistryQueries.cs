using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain;

/// <summary>How many states recognise a subject on a date.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="AsOf">The date (the state at the end of that day).</param>
/// <param name="Perspective">Whose account of withdrawals is followed.</param>
/// <param name="UnMembersRecognizing">UN members on the date that recognise the subject.</param>
/// <param name="UnMembers">UN members on the date.</param>
/// <param name="NonUnRecognizing">Recognisers that are not UN members on the date.</param>
/// <param name="Withdrawn">States whose recognition is withdrawn on the date.</param>
public sealed record RecognitionSummary(
    EntityCode Subject, DateOnly AsOf, Perspective Perspective, int UnMembersRecognizing, int UnMembers, int NonUnRecognizing, int Withdrawn);

/// <summary>A state that recognises the subject on a date.</summary>
/// <param name="Entity">The recognising state.</param>
/// <param name="RecognisedOn">Its first recognition.</param>
/// <param name="RestoredOn">When it restored a withdrawn recognition, if it did.</param>
/// <param name="UnMember">Whether it is a UN member on the date.</param>
/// <param name="Source">Where its recognition is stated.</param>
public sealed record Recogniser(Entity Entity, PartialDate RecognisedOn, PartialDate? RestoredOn, bool UnMember, SourceRef Source);

/// <summary>An organisation's membership on a date and how much of it recognises the subject.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Members">Its members on the date.</param>
/// <param name="Recognizing">Members that recognise the subject.</param>
/// <param name="NotRecognizing">The codes of members that do not (the subject itself is in neither list).</param>
/// <param name="SubjectStatus">The subject's own status in it, or null for none.</param>
public sealed record OrganisationStanding(
    Organisation Organisation, int Members, int Recognizing, IReadOnlyList<EntityCode> NotRecognizing, Membership? SubjectStatus);

/// <summary>One effective recognition event with the running counts after it.</summary>
/// <param name="Event">The event.</param>
/// <param name="UnMember">Whether the state was a UN member on the event's date.</param>
/// <param name="UnCount">UN members recognising at the end of that day.</param>
/// <param name="TotalCount">All recognisers at the end of that day.</param>
public sealed record TimelinePoint(RecognitionEvent Event, bool UnMember, int UnCount, int TotalCount);

public sealed partial class Registry
{
    /// <summary>The recognition counts for <paramref name="subject"/> at the end of <paramref name="day"/>.</summary>
    public RecognitionSummary Summary(EntityCode subject, DateOnly day, Perspective perspective)
    {
        var ledger = Ledger(subject, perspective);
        var statuses = ledger.States.Select(s => (State: s, Status: ledger.StatusOn(s, day))).ToList();
        var recognisers = statuses.Where(s => s.Status.IsRecognised).Select(s => s.State).ToList();
        var unRecognising = recognisers.Count(s => IsUnMember(s, day));
        return new(subject, day, perspective,
            unRecognising,
            MembersOn(UnitedNations, day).Count(),
            recognisers.Count - unRecognising,
            statuses.Count(s => s.Status.State == RecognitionState.Withdrawn));
    }

    /// <summary>The states that recognise <paramref name="subject"/> at the end of <paramref name="day"/>, by date of recognition.</summary>
    public IReadOnlyList<Recogniser> Recognisers(EntityCode subject, DateOnly day, Perspective perspective)
    {
        var ledger = Ledger(subject, perspective);
        return [.. ledger.States
            .Select(s => (State: s, Status: ledger.StatusOn(s, day)))
            .Where(s => s.Status.IsRecognised)
            .Select(s => new Recogniser(
                _entities.Value[s.State],
                s.Status.FirstRecognition!.Date,
                s.Status.LastEvent!.Kind == RecognitionEventKind.Restored ? s.Status.LastEvent.Date : null,
                IsUnMember(s.State, day),
                s.Status.FirstRecognition.Source))
            .OrderBy(r => r.RecognisedOn)
            .ThenBy(r => r.Entity.Name, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="state"/> recognises <paramref name="subject"/> at the end of <paramref name="day"/>.</summary>
    public bool IsRecognisedBy(EntityCode subject, EntityCode state, DateOnly day, Perspective perspective) =>
        Ledger(subject, perspective).StatusOn(state, day).IsRecognised;

    /// <summary>For every organisation with a roster, its members on <paramref name="day"/> and how many recognise <paramref name="subject"/>.</summary>
    public IReadOnlyList<OrganisationStanding> Standing(EntityCode subject, DateOnly day, Perspective perspective)
    {
        var ledger = Ledger(subject, perspective);
        return [.. Organisations
            .Where(o => Roster(o.Id).Any(m => m.Status == MembershipStatus.Member))
            .Select(o =>
            {
                var members = MembersOn(o.Id, day).ToList();
                var notRecognising = members.Where(m => m != subject && !ledger.StatusOn(m, day).IsRecognised).OrderBy(m => m.Value, StringComparer.Ordinal).ToList();
                var recognising = members.Count(m => m != subject) - notRecognising.Count;
                return new OrganisationStanding(o, members.Count, recognising, notRecognising, StatusIn(o.Id, subject, day));
            })];
    }

    /// <summary>The effective recognition events between two dates (inclusive), each with the running counts after its day.</summary>
    public IReadOnlyList<TimelinePoint> Timeline(EntityCode subject, DateOnly from, DateOnly to, Perspective perspective)
    {
        var ledger = Ledger(subject, perspective);
        var counts = new Dictionary<DateOnly, RecognitionSummary>();
        return [.. ledger.Events
            .Where(e => e.Date.Date >= from && e.Date.Date <= to)
            .Select(e =>
            {
                var day = e.Date.Date;
                if (!counts.TryGetValue(day, out var summary))
                {
                    summary = counts[day] = Summary(subject, day, perspective);
                }

                return new TimelinePoint(e, IsUnMember(e.State, day), summary.UnMembersRecognizing,
                    summary.UnMembersRecognizing + summary.NonUnRecognizing);
            })];
    }
}

/// <summary>A recognition count that a source quotes, beside what the data counts on that date.</summary>
/// <param name="Quoted">The quoted value and who quoted it.</param>
/// <param name="Recognising">States recognising on the date (UN members and others), in the chosen perspective.</param>
/// <param name="UnMembersRecognising">UN members among them.</param>
/// <param name="EverRecognised">States that had recognised by the date, withdrawals ignored: how Kosovo's government counts.</param>
/// <param name="KnownThen">States recognising on the date as it could be known that day (only events reported by then):
/// what the source quoting the count could have counted.</param>
/// <param name="EverRecognisedKnownThen">Ever recognised by the date, as known that day.</param>
public sealed record MilestoneComparison(
    Chronicle.Observation Quoted, int Recognising, int UnMembersRecognising, int EverRecognised, int KnownThen, int EverRecognisedKnownThen);

public sealed partial class Registry
{
    /// <summary>The series of recognition counts quoted by sources.</summary>
    public const string QuotedRecognitionsSeries = "recognitions-quoted";

    /// <summary>Every recognition count a source quotes, compared with the data's counts on its date.</summary>
    /// <remarks>A quote dated only by month or year is compared on the first day of that period.</remarks>
    public IReadOnlyList<MilestoneComparison> Milestones(EntityCode subject, Perspective perspective)
    {
        return [.. Observations.Where(o => o.Series == QuotedRecognitionsSeries).Select(o =>
        {
            var day = o.Date.Date;
            var then = KnownOn(day);
            var (s, sThen) = (Summary(subject, day, perspective), then.Summary(subject, day, perspective));
            return new MilestoneComparison(o, s.UnMembersRecognizing + s.NonUnRecognizing, s.UnMembersRecognizing, EverRecognised(subject, day),
                sThen.UnMembersRecognizing + sThen.NonUnRecognizing, then.EverRecognised(subject, day));
        })];
    }

    /// <summary>States that had recognised <paramref name="subject"/> by <paramref name="day"/>, withdrawals ignored.</summary>
    private int EverRecognised(EntityCode subject, DateOnly day)
    {
        var recorded = Ledger(subject, Perspective.Default);
        return recorded.States.Count(state => recorded.StatusOn(state, day).State != RecognitionState.NeverRecognised);
    }
}
