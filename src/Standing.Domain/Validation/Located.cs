namespace Standing.Domain.Validation;

/// <summary>A value read from the data, with where it was read (<c>file:line</c>), so problems can point at it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Location">Where it came from.</param>
public sealed record Located<T>(T Value, string Location);
