using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
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

/// <summary>Standing's database: created and loaded from the data files on first use, and reloaded when they change.</summary>
/// <remarks>
/// The database holds nothing but the data set, so a database whose schema version or data fingerprint differs
/// from the current ones is rebuilt (see docs/decisions/ADR-004-database-mirrors-data.md).
/// </remarks>
public sealed class StandingStore(StandingDbContext db, StandingDataOptions options)
{
    /// <summary>Bump when the table layout changes: older databases are then rebuilt.</summary>
    internal const string SchemaVersion = "8";

    /// <summary>Makes sure the database exists and holds the current data set, then reads it into a registry.</summary>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    public async Task<Registry> LoadRegistryAsync(CancellationToken ct = default)
    {
        var rows = await ReadRowsIfCurrentAsync(ct);
        if (rows is null)
        {
            if (!await EnsureCurrentAsync(ct))
            {
                // Current by its meta rows, yet the rows document could not be read: import again.
                await ImportAsync(Fingerprint(options.DataDirectory), ct);
            }

            rows = await ReadRowsIfCurrentAsync(ct) ?? throw new InvalidDataException("the database was imported but its rows document cannot be read");
        }

        return Registry.Create(RowMapping.ToInput(rows));
    }

    /// <summary>Creates the database if needed and (re)imports the data set if it changed since the last import.</summary>
    /// <returns>Whether an import took place.</returns>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    public async Task<bool> EnsureCurrentAsync(CancellationToken ct = default)
    {
        var directory = Path.GetDirectoryName(options.DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var meta = await ReadAsync<Dictionary<string, string>>(async command => await MetaAsync(command, ct), ct) ?? [];
        if (meta.GetValueOrDefault("schema") != SchemaVersion)
        {
            await db.Database.EnsureDeletedAsync(ct);
            await db.Database.EnsureCreatedAsync(ct);
            meta.Clear();
        }

        var fingerprint = Fingerprint(options.DataDirectory);
        if (meta.GetValueOrDefault("data") == fingerprint)
        {
            return false;
        }

        await ImportAsync(fingerprint, ct);
        return true;
    }

    /// <summary>Replaces the stored data set with the files' contents, in one transaction.</summary>
    private async Task ImportAsync(string fingerprint, CancellationToken ct)
    {
        var set = DataSetReader.Read(options.DataDirectory);
        if (!set.Report.IsValid)
        {
            throw new DataImportException(set.Report);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Every table the model maps, so a new row type cannot be forgotten; rows that point to others go first.
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var table in db.Model.GetEntityTypes().OrderByDescending(t => t.GetForeignKeys().Any()).Select(t => t.GetTableName()).OfType<string>())
        {
            var delete = $"DELETE FROM {sql.DelimitIdentifier(table)}";
            await db.Database.ExecuteSqlRawAsync(delete, ct);
        }

        var rows = RowMapping.ToRows(set.Input);
        db.AddRange(rows.All());
        db.Documents.Add(new DocumentRow { Name = StoredRows.DocumentName, Json = JsonSerializer.Serialize(rows, StoredRowsJson.Default.StoredRows) });
        db.Meta.AddRange(new MetaRow { Key = "schema", Value = SchemaVersion }, new MetaRow { Key = "data", Value = fingerprint });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The stored rows, if the database is current (its schema version and data fingerprint match); otherwise null.</summary>
    private Task<StoredRows?> ReadRowsIfCurrentAsync(CancellationToken ct) => ReadAsync(async command =>
    {
        var meta = await MetaAsync(command, ct);
        if (meta.GetValueOrDefault("schema") != SchemaVersion || meta.GetValueOrDefault("data") != Fingerprint(options.DataDirectory))
        {
            return null;
        }

        command.CommandText = $"""SELECT "Json" FROM "documents" WHERE "Name" = '{StoredRows.DocumentName}'""";
        return await command.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize(json, StoredRowsJson.Default.StoredRows) : null;
    }, ct);

    /// <summary>
    /// Runs <paramref name="read"/> on a read-only connection of its own, or gives null when there is no database or
    /// no tables yet. Plain SQL: this runs at every start, and the context would first build its model (0.7 s of a
    /// 1.5 s start, measured).
    /// </summary>
    private async Task<T?> ReadAsync<T>(Func<SqliteCommand, Task<T?>> read, CancellationToken ct)
        where T : class
    {
        // Not pooled: a pooled handle could outlive the file when the import deletes and recreates the database.
        var readOnly = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(readOnly.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            return await read(command);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>The <c>meta</c> table: the schema version and data fingerprint of the last import.</summary>
    private static async Task<Dictionary<string, string>> MetaAsync(SqliteCommand command, CancellationToken ct)
    {
        command.CommandText = """SELECT "Key", "Value" FROM "meta" """;
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }

        return meta;
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
