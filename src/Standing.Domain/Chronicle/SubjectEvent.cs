using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Chronicle;

/// <summary>A dated event in a subject's history: an agreement, a court opinion, a moratorium, an application, a vote.</summary>
/// <param name="Id">A short unique id.</param>
/// <param name="Subject">The subject it concerns.</param>
/// <param name="Date">When it happened or took effect.</param>
/// <param name="Until">For events with a duration (a moratorium), the first day it no longer applies.</param>
/// <param name="Kind">What kind of event it is (<c>agreement</c>, <c>court</c>, <c>moratorium</c>, ...).</param>
/// <param name="Title">A short title.</param>
/// <param name="Detail">What happened, in a sentence or two.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record SubjectEvent(
    string Id, EntityCode Subject, PartialDate Date, PartialDate? Until, string Kind, string Title, string Detail, SourceRef Source)
{
    /// <summary>The event kinds the data may use.</summary>
    public static readonly IReadOnlySet<string> Kinds =
        new HashSet<string>(["declaration", "agreement", "court", "moratorium", "application", "vote", "other"], StringComparer.Ordinal);
}
