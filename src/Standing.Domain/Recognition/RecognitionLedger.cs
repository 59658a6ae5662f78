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
        var withdrawalClaims = claims.Where(c => c.Subject == subject.Code && c.Event == RecognitionEventKind.Withdrawn).ToList();
        var effective = perspective switch
        {
            Perspective.Serbia => recorded.Concat(ClaimedWithdrawals(subject.ContestedBy, recorded, withdrawalClaims)),
            Perspective.Kosovo => recorded.Where(e => !IsDeniedBy(subject.Code, e, withdrawalClaims)),
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

    private static IEnumerable<RecognitionEvent> ClaimedWithdrawals(
        EntityCode claimant, List<RecognitionEvent> recorded, List<Claim> claims) =>
        claims.Where(c => c.Party == claimant && c.Stance == ClaimStance.Asserts)
            .Where(c => !recorded.Exists(c.Concerns))
            .GroupBy(c => (c.State, c.EventDate))
            .Select(g => g.First())
            .Select(c => new RecognitionEvent(c.Subject, c.State, RecognitionEventKind.Withdrawn, c.EventDate, c.Source,
                $"as claimed by {c.Party} ({c.Id})"));

    private static bool IsDeniedBy(EntityCode party, RecognitionEvent e, List<Claim> claims) =>
        e.Kind == RecognitionEventKind.Withdrawn
        && claims.Exists(c => c.Party == party && c.Stance == ClaimStance.Denies && c.Concerns(e));
}
