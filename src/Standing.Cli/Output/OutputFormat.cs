namespace Standing.Cli.Output;

/// <summary>How a command prints its answer.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

internal static class OutputFormats
{
    public static OutputFormat Parse(string? text) => text switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };
}
