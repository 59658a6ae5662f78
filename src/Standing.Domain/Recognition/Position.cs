using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Recognition;

/// <summary>A state's (or another party's) stated position on a subject it does not recognise.</summary>
/// <param name="Subject">The subject the position is about.</param>
/// <param name="State">Whose position it is.</param>
/// <param name="Text">The position, in a sentence or two.</param>
/// <param name="StatedOn">When it was stated, if the source says.</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="Note">Editor's note, if any.</param>
public sealed record Position(EntityCode Subject, EntityCode State, string Text, PartialDate? StatedOn, SourceRef Source, string? Note = null);
