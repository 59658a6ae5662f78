using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Standing.Data.Files;
using Standing.Data.Storage;
using Standing.Domain;
using Standing.Domain.Validation;

namespace Standing.Data;

/// <summary>The data set could not be imported; nothing was written.</summary>
/// <param name="report">Every problem found, each naming its file and line.</param>
public sealed class DataImportException(ValidationReport report)
    : Exception($"the data set has {report.Problems.Count} problem(s); first: {report.Problems[0]}")
{
    /// <summary>Every problem found.</summary>
    public ValidationReport Report { get; } = report;
}

/// <summary>Standing's database: created and loaded from the data files on first use, and rebuilt when they change.</summary>
/// <remarks>
/// The database holds nothing but the data set, so a database whose schema version or data fingerprint differs
/// from the current ones is rebuilt (see docs/decisions/ADR-004-database-mirrors-data.md). Standing creates a database
/// only where nothing is, or an empty file, and rebuilds only a database that carries its marker: anything else at the
/// path is refused and left untouched (<see cref="DatabaseUnusableException"/>). A rebuild is written to a new file
/// beside the old one and renamed over it, so a reader never sees half a database, an interrupted import leaves the
/// old one whole, and several processes starting at once each finish with a complete database.
/// </remarks>
public sealed class StandingStore(StandingDataOptions options)
{
    /// <summary>Bump when the table layout changes: older databases are then rebuilt.</summary>
    internal const string SchemaVersion = "11";

    /// <summary>Makes sure the database exists and holds the current data set, then reads it into a registry.</summary>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use; it is left as it was.</exception>
    public async Task<Registry> LoadRegistryAsync(CancellationToken ct = default)
    {
        var rows = await ReadRowsIfCurrentAsync(ct);
        if (rows is null)
        {
            await RebuildAsync(ct);
            rows = await ReadRowsIfCurrentAsync(ct) ?? throw new InvalidDataException("the database was imported but its rows document cannot be read");
        }

        return Registry.Create(RowMapping.ToInput(rows));
    }

    /// <summary>Creates the database if needed and rebuilds it if the data set changed since the last import.</summary>
    /// <returns>Whether an import took place.</returns>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use; it is left as it was.</exception>
    public async Task<bool> EnsureCurrentAsync(CancellationToken ct = default)
    {
        if (await ReadRowsIfCurrentAsync(ct) is not null)
        {
            return false;
        }

        await RebuildAsync(ct);
        return true;
    }

    /// <summary>Imports the data files into a new database file and puts it in the old one's place.</summary>
    private async Task RebuildAsync(CancellationToken ct)
    {
        var path = options.DatabasePath;
        if (DatabaseFile.Inspect(path).ReadOnly)
        {
            throw new DatabaseUnusableException(path, "is read-only and holds an older data set: make it writable (chmod u+w) or give another path");
        }

        var set = DataSetReader.Read(options.DataDirectory);
        if (!set.Report.IsValid)
        {
            throw new DataImportException(set.Report);
        }

        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var building = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.building");
        try
        {
            await ImportAsync(building, set.Input, Fingerprint(options.DataDirectory), ct);
            // Looked at again just before the swap: a file put there meanwhile by someone else is not replaced.
            DatabaseFile.Inspect(path);
            File.Move(building, path, overwrite: true);
        }
        finally
        {
            File.Delete(building);
        }
    }

    /// <summary>Writes the data set into a new database at <paramref name="file"/>, marked as Standing's.</summary>
    private static async Task ImportAsync(string file, RegistryInput input, string fingerprint, CancellationToken ct)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await using var db = new StandingDbContext(new DbContextOptionsBuilder<StandingDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = RowMapping.ToRows(input);
        db.AddRange(rows.All());
        db.Documents.Add(new DocumentRow { Name = StoredRows.DocumentName, Json = JsonSerializer.Serialize(rows, StoredRowsJson.Default.StoredRows) });
        db.Meta.AddRange(new MetaRow { Key = "schema", Value = SchemaVersion }, new MetaRow { Key = "data", Value = fingerprint });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // The file is read, never written, once in place: a rollback journal (not WAL) leaves no files beside it.
        await db.Database.ExecuteSqlRawAsync($"PRAGMA application_id = {DatabaseFile.ApplicationId}; PRAGMA journal_mode = DELETE", ct);
    }

    /// <summary>
    /// The stored rows, if the database is Standing's and current (its schema version and data fingerprint match);
    /// otherwise null. Plain SQL on a read-only connection: this runs at every start, and the context would first build
    /// its model (0.7 s of a 1.5 s start, measured).
    /// </summary>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use.</exception>
    private async Task<StoredRows?> ReadRowsIfCurrentAsync(CancellationToken ct)
    {
        var file = DatabaseFile.Inspect(options.DatabasePath);
        if (!file.Exists || file.Meta.GetValueOrDefault("schema") != SchemaVersion || file.Meta.GetValueOrDefault("data") != Fingerprint(options.DataDirectory))
        {
            return null;
        }

        await using var connection = new SqliteConnection(DatabaseFile.ReadOnlyConnectionString(options.DatabasePath));
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Json" FROM "documents" WHERE "Name" = '{StoredRows.DocumentName}'""";
        return await command.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize(json, StoredRowsJson.Default.StoredRows) : null;
    }

    /// <summary>A hash of every data file's path and contents, to tell whether the data set changed.</summary>
    internal static string Fingerprint(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(SchemaVersion));
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
