using Standing.Domain.Entities;

namespace Standing.Domain.Recognition;

/// <summary>Every state's recognition history of one subject, as one perspective tells it.</summary>
/// <remarks>
/// The ledger is the set of events the perspective treats as effective (see <see cref="Perspective"/>).
/// Events on the same day apply in the order recognised, withdrawn, restored.
/// </remarks>
public sealed class RecognitionLedger
{
    private readonly Dictionary<EntityCode, RecognitionEvent[]> _byState;

    private RecognitionLedger(Subject subject, Perspective perspective, IEnumerable<RecognitionEvent> events)
    {
        Subject = subject;
        Perspective = perspective;
        Events = [.. events.OrderBy(e => e.Date.Date).ThenBy(e => e.Kind).ThenBy(e => e.State.Value, StringComparer.Ordinal)];
        _byState = Events.GroupBy(e => e.State).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The subject whose recognition this is.</summary>
    public Subject Subject { get; }

    /// <summary>The perspective that chose the events.</summary>
    public Perspective Perspective { get; }

    /// <summary>The effective events in date order.</summary>
    public IReadOnlyList<RecognitionEvent> Events { get; }

    /// <summary>The states with at least one effective event.</summary>
    public IEnumerable<EntityCode> States => _byState.Keys;

    /// <summary>Builds the ledger of <paramref name="subject"/> from the recorded events and claims.</summary>
    public static RecognitionLedger Build(
        Subject subject, IEnumerable<RecognitionEvent> events, IEnumerable<Claim> claims, Perspective perspective)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var recorded = events.Where(e => e.Subject == subject.Code).ToList();
        var subjectClaims = claims.Where(c => c.Subject == subject.Code).ToList();
        var effective = perspective switch
        {
            Perspective.Serbia => AsToldBy(subject.ContestedBy, recorded, subjectClaims),
            Perspective.Kosovo => AsToldBy(subject.Code, recorded, subjectClaims),
            _ => recorded,
        };
        return new RecognitionLedger(subject, perspective, effective);
    }

    /// <summary>Where <paramref name="state"/>'s recognition stands at the end of <paramref name="day"/>.</summary>
    public RecognitionStatus StatusOn(EntityCode state, DateOnly day)
    {
        if (!_byState.TryGetValue(state, out var events))
        {
            return new(RecognitionState.NeverRecognised, null, null);
        }

        var current = RecognitionState.NeverRecognised;
        RecognitionEvent? first = null, last = null;
        foreach (var e in events.TakeWhile(e => e.Date.Date <= day))
        {
            last = e;
            if (e.Kind == RecognitionEventKind.Withdrawn)
            {
                current = current == RecognitionState.NeverRecognised ? current : RecognitionState.Withdrawn;
            }
            else
            {
                first ??= e;
                current = RecognitionState.Recognised;
            }
        }

        return new(current, first, last);
    }

    /// <summary>The effective events of one state, in date order.</summary>
    public IReadOnlyList<RecognitionEvent> EventsOf(EntityCode state) =>
        _byState.TryGetValue(state, out var events) ? events : [];

    /// <summary>
    /// The events as <paramref name="party"/> tells them: the recorded events it does not deny, and the events it
    /// asserts that the record lacks (a withdrawal Serbia announces, a recognition Kosovo announces), from their claimed
    /// dates. Where the party said both, its latest statement stands.
    /// </summary>
    private static IEnumerable<RecognitionEvent> AsToldBy(EntityCode party, List<RecognitionEvent> recorded, List<Claim> claims)
    {
        var said = claims.Where(c => c.Party == party).ToList();
        Claim? Latest(IEnumerable<Claim> statements) => statements.OrderBy(c => (c.SaidOn ?? c.EventDate).Date).LastOrDefault();
        var kept = recorded.Where(e => Latest(said.Where(c => c.Concerns(e)))?.Stance != ClaimStance.Denies);
        var added = said.Where(c => !recorded.Exists(c.Concerns))
            .GroupBy(c => (c.State, c.Event, c.EventDate))
            .Select(Latest)
            .OfType<Claim>()
            .Where(c => c.Stance == ClaimStance.Asserts)
            .Select(c => new RecognitionEvent(c.Subject, c.State, c.Event, c.EventDate, c.Source, $"as claimed by {c.Party} ({c.Id})"));
        return kept.Concat(added);
    }
}
