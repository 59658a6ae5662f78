namespace Standing.Data;

/// <summary>Where Standing keeps its database and finds its data files.</summary>
public sealed record StandingDataOptions
{
    /// <summary>The environment variable that names the database: a SQLite file path, or a PostgreSQL connection string.</summary>
    public const string DatabaseVariable = "STANDING_DB";

    /// <summary>The environment variable that names the data directory, overriding the copy shipped with the build.</summary>
    public const string DataVariable = "STANDING_DATA";

    /// <summary>The SQLite database file (unused when <see cref="Postgres"/> is set).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>A PostgreSQL connection string, for a server shared by several web nodes; null for the embedded SQLite file.</summary>
    public string? Postgres { get; init; }

    /// <summary>The directory holding the data set (see docs/data-format.md).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// Options from, in order of precedence: the arguments, the environment variables, and the defaults
    /// (a database in the user's local data folder; the data directory shipped next to the program).
    /// </summary>
    public static StandingDataOptions Resolve(string? database = null, string? dataDirectory = null)
    {
        var named = NonEmpty(database) ?? NonEmpty(Environment.GetEnvironmentVariable(DatabaseVariable));
        var postgres = named is not null && IsPostgres(named);
        return new()
        {
            DatabasePath = postgres ? "" : Path.GetFullPath(named ?? DefaultDatabasePath()),
            Postgres = postgres ? named : null,
            DataDirectory = Path.GetFullPath(NonEmpty(dataDirectory) ?? NonEmpty(Environment.GetEnvironmentVariable(DataVariable)) ?? Path.Combine(AppContext.BaseDirectory, "data")),
        };
    }

    /// <summary>Whether <paramref name="database"/> is a PostgreSQL connection string (<c>Host=...;Database=...</c>) rather than a file path.</summary>
    public static bool IsPostgres(string database) =>
        database.Split(';').Any(part => part.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    private static string DefaultDatabasePath()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(folder) ? Path.GetTempPath() : folder, "standing", "standing.db");
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
