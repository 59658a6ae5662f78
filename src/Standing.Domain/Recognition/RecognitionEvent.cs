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
public sealed record RecognitionEvent(
    EntityCode Subject, EntityCode State, RecognitionEventKind Kind, PartialDate Date, SourceRef Source, string? Note = null);
