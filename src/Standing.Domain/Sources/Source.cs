namespace Standing.Domain.Sources;

/// <summary>A published page that facts cite.</summary>
/// <param name="Url">Its address; the key that <see cref="SourceRef"/> values point to.</param>
/// <param name="Title">Its title.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Accessed">When Standing's editors read it.</param>
public sealed record Source(string Url, string Title, string Publisher, DateOnly Accessed);
