namespace Standing.Data;

/// <summary>Where Standing keeps its database and finds its data files.</summary>
public sealed record StandingDataOptions
{
    /// <summary>The environment variable that names the database (a SQLite file path).</summary>
    public const string DatabaseVariable = "STANDING_DB";

    /// <summary>The environment variable that names the data directory, overriding the copy shipped with the build.</summary>
    public const string DataVariable = "STANDING_DATA";

    /// <summary>The SQLite database file.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>The directory holding the data set (see docs/data-format.md).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// Options from, in order of precedence: the arguments, the environment variables, and the defaults
    /// (a database in the user's local data folder; the data directory shipped next to the program).
    /// </summary>
    public static StandingDataOptions Resolve(string? database = null, string? dataDirectory = null) => new()
    {
        DatabasePath = Path.GetFullPath(NonEmpty(database) ?? NonEmpty(Environment.GetEnvironmentVariable(DatabaseVariable)) ?? DefaultDatabasePath()),
        DataDirectory = Path.GetFullPath(NonEmpty(dataDirectory) ?? NonEmpty(Environment.GetEnvironmentVariable(DataVariable)) ?? Path.Combine(AppContext.BaseDirectory, "data")),
    };

    private static string DefaultDatabasePath()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(folder) ? Path.GetTempPath() : folder, "standing", "standing.db");
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
