using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Recognition;

/// <summary>Whether a party says a claimed event happened.</summary>
public enum ClaimStance
{
    /// <summary>The party says the event happened.</summary>
    Asserts,

    /// <summary>The party says it did not.</summary>
    Denies,
}

/// <summary>What the sources conclude about a claimed event.</summary>
public enum ClaimStatus
{
    /// <summary>The event is confirmed by the state concerned or by independent sources.</summary>
    Confirmed,

    /// <summary>Parties contradict each other and the sources do not settle it.</summary>
    Disputed,

    /// <summary>The state concerned denies the event.</summary>
    Denied,
}

/// <summary>A statement by a named party about a recognition event, such as "Serbia's government says Ghana withdrew".</summary>
/// <param name="Id">A short unique id.</param>
/// <param name="Subject">Whose recognition the claim concerns.</param>
/// <param name="State">The state the claim is about.</param>
/// <param name="Event">The kind of event claimed.</param>
/// <param name="EventDate">When the event is claimed to have happened.</param>
/// <param name="Party">Who makes the statement (the government of this entity).</param>
/// <param name="SaidOn">When the party said it, if known.</param>
/// <param name="Stance">Whether the party asserts or denies the event.</param>
/// <param name="Status">What the sources conclude about the event.</param>
/// <param name="Statement">What the party said, in a sentence.</param>
/// <param name="Source">Where the statement is reported (<c>unverified</c>: the note says what it rests on).</param>
/// <param name="Note">What the data adds: why a source stands for the statement, or what an unverified claim rests on.</param>
public sealed record Claim(
    string Id,
    EntityCode Subject,
    EntityCode State,
    RecognitionEventKind Event,
    PartialDate EventDate,
    EntityCode Party,
    PartialDate? SaidOn,
    ClaimStance Stance,
    ClaimStatus Status,
    string Statement,
    SourceRef Source,
    string? Note = null)
{
    /// <summary>Whether this claim is about <paramref name="recognitionEvent"/>: same subject, state and kind, and a date that covers it.</summary>
    public bool Concerns(RecognitionEvent recognitionEvent) =>
        recognitionEvent.Subject == Subject && recognitionEvent.State == State && recognitionEvent.Kind == Event
        && (EventDate.Covers(recognitionEvent.Date.Date) || recognitionEvent.Date.Covers(EventDate.Date));
}
