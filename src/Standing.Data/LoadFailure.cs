using Microsoft.Data.Sqlite;
using Standing.Data.Storage;

namespace Standing.Data;

/// <summary>What to tell a user when the data set or the database cannot be loaded, said once for every edge.</summary>
public static class LoadFailure
{
    /// <summary>
    /// What to print on standard error when loading failed (one line, then one indented line per problem in the data
    /// set), or null when <paramref name="e"/> is not a loading failure.
    /// </summary>
    public static string? Describe(Exception e) => e switch
    {
        DataImportException d => string.Join('\n',
            [$"standing: the data set has {d.Report.Problems.Count} problem(s); nothing was imported:", .. d.Report.Problems.Select(p => $"  {p}")]),
        DatabaseUnusableException u => $"standing: database {u.Message}",
        SqliteException or IOException or UnauthorizedAccessException => $"standing: cannot use the database or data files: {e.Message}",
        _ => null,
    };
}
