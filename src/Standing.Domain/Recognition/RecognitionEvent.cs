using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Recognition;

/// <summary>What happened to one state's recognition of a subject.</summary>
public enum RecognitionEventKind
{
    /// <summary>The state recognised the subject.</summary>
    Recognised,

    /// <summary>The state withdrew its recognition.</summary>
    Withdrawn,

    /// <summary>The state restored a recognition it had withdrawn.</summary>
    Restored,
}

/// <summary>A dated change in whether <see cref="State"/> recognises <see cref="Subject"/>.</summary>
/// <remarks>
/// The event takes effect on <see cref="Date"/> (its first day when the date is partial). Only events the
/// sources treat as having taken effect are recognition events; contested ones are <see cref="Claim"/>s.
/// </remarks>
/// <param name="Subject">The entity whose recognition changes (Kosovo, Palestine, ...).</param>
/// <param name="State">The recognising (or withdrawing) state.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Date">When it took effect.</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="Note">Editor's note, if any.</param>
/// <param name="FirstReport">When and where the event was first made public, where that was another day than <paramref name="Date"/>.</param>
public sealed record RecognitionEvent(
    EntityCode Subject, EntityCode State, RecognitionEventKind Kind, PartialDate Date, SourceRef Source, string? Note = null, FirstReport? FirstReport = null)
{
    /// <summary>The first day the event was known: its first report, else its own date.</summary>
    /// <remarks>A recognition may be announced before it takes effect, and a withdrawal made public a year after it.</remarks>
    public DateOnly KnownFrom => (FirstReport?.On ?? Date).Date;
}

/// <summary>When an event was first made public, and the page that shows it.</summary>
/// <param name="On">The date of the first report (its first day when partial).</param>
/// <param name="Source">The page that shows the report and its date.</param>
/// <param name="Note">Editor's note, if any.</param>
public sealed record FirstReport(PartialDate On, SourceRef Source, string? Note = null);
