namespace Standing.Cli.Output;

/// <summary>A column of table and CSV output: its header and how to read a cell from a row.</summary>
internal sealed record Column<T>(string Header, Func<T, object?> Value);
