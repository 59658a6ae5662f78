namespace Standing.Answers;

/// <summary>A column of tabular output (CSV, and the command line's tables): its header and how to read a cell from a row.</summary>
public sealed record Column<T>(string Header, Func<T, object?> Value);
