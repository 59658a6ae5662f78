using Standing.Domain;
using Standing.Domain.Recognition;

namespace Standing.Answers;

/// <summary>What every answer is asked about: the registry (as known on a date, if asked), a subject, a date and a perspective.</summary>
/// <param name="Registry">The data, already restricted to what was reported by <paramref name="AsKnownOn"/> when that is given.</param>
/// <param name="Subject">Whose standing.</param>
/// <param name="AsOf">The day the answer is for (its end).</param>
/// <param name="Perspective">Whose account of contested events to follow.</param>
/// <param name="AsKnownOn">The day the data is restricted to, if any.</param>
public sealed record Question(Registry Registry, Subject Subject, DateOnly AsOf, Perspective Perspective, DateOnly? AsKnownOn = null);
