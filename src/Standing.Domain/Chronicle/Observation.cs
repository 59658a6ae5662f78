using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Chronicle;

/// <summary>One value of a time series that a source quotes: a poll result, a troop strength, a recognition count.</summary>
/// <param name="Series">The series (<c>nato-poll-support</c>, <c>kfor-strength</c>, <c>recognitions-quoted</c>, ...).</param>
/// <param name="Date">The date the value holds for.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">Its unit (<c>percent</c>, <c>troops</c>, <c>states</c>).</param>
/// <param name="Detail">Context: pollster, sample, what exactly was counted.</param>
/// <param name="Source">Where it is quoted.</param>
public sealed record Observation(string Series, PartialDate Date, decimal Value, string Unit, string Detail, SourceRef Source);
