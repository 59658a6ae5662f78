using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Standing.Data.Files;
using Standing.Data.Storage;
using Standing.Domain;
using Standing.Domain.Editing;
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

/// <summary>
/// Standing's database, the store of record: the data set shipped in <c>data/</c> (loaded on first use, and loaded
/// again when the files change) and every change made through Standing since, which a new data set never touches.
/// </summary>
/// <remarks>
/// Standing creates a database only where nothing is, or an empty file, and changes only a database that carries its
/// marker: anything else at the path is refused and left untouched (<see cref="DatabaseUnusableException"/>). A new
/// database is written to a file beside the path and renamed into place, so that several processes starting at once
/// each finish with a complete one; an existing one takes a new data set in one transaction, keeping its changes and
/// keys (docs/decisions/ADR-011-store-of-record.md).
/// </remarks>
public sealed class StandingStore(StandingDataOptions options)
{
    /// <summary>Bump when the shipped tables' layout changes: the shipped tables of older databases are then rebuilt.</summary>
    internal const string SchemaVersion = "12";

    /// <summary>Makes sure the database exists and holds the current data set, then reads it into a registry.</summary>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use; it is left as it was.</exception>
    public async Task<Registry> LoadRegistryAsync(CancellationToken ct = default) => Registry.Create((await LoadRecordAsync(ct)).Input);

    /// <summary>Makes sure the database exists and holds the current data set, then reads the shipped data and every change since.</summary>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use; it is left as it was.</exception>
    public async Task<EditedRecord> LoadRecordAsync(CancellationToken ct = default)
    {
        var record = await ReadIfCurrentAsync(ct);
        if (record is null)
        {
            await BringUpToDateAsync(ct);
            record = await ReadIfCurrentAsync(ct) ?? throw new InvalidDataException("the database was imported but its rows document cannot be read");
        }

        return record;
    }

    /// <summary>Creates the database if needed and loads the data set into it if it changed since the last load.</summary>
    /// <returns>Whether the data set was loaded.</returns>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use; it is left as it was.</exception>
    public async Task<bool> EnsureCurrentAsync(CancellationToken ct = default)
    {
        if (await ReadIfCurrentAsync(ct) is not null)
        {
            return false;
        }

        await BringUpToDateAsync(ct);
        return true;
    }

    /// <summary>
    /// Makes a change, all or nothing. Under the database's write lock it reads the changes other writers made since
    /// <paramref name="seen"/>, asks <paramref name="propose"/> for the edit on the latest record, and stores it if accepted.
    /// </summary>
    /// <returns>The proposal, and the record as it stands afterwards.</returns>
    public async Task<(Proposal Proposal, EditedRecord Record)> CommitAsync(EditedRecord seen, Func<EditedRecord, Proposal> propose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(propose);
        Writable();
        await using var connection = new SqliteConnection(DatabaseFile.SharedConnectionString(options.DatabasePath));
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var latest = await ReadEditsAsync(connection, transaction, seen.Edits.Count == 0 ? 0 : seen.Edits[^1].Id, ct) is { Count: > 0 } since
            ? EditedRecord.Create(seen.Shipped, [.. seen.Edits, .. since])
            : seen;
        var proposal = propose(latest);
        if (proposal.Edit is not { } edit)
        {
            return (proposal, latest);
        }

        await using var db = Context<RecordDbContext>(connection, o => new RecordDbContext(o));
        await db.Database.UseTransactionAsync(transaction, ct);
        var row = EditRows.ToRow(edit);
        db.Edits.Add(row);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (proposal, latest.With(edit with { Id = row.Id }));
    }

    /// <summary>The record with the changes other writers made since <paramref name="seen"/>; <paramref name="seen"/> itself if there are none.</summary>
    public async Task<EditedRecord> RefreshAsync(EditedRecord seen, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        await using var connection = new SqliteConnection(DatabaseFile.SharedConnectionString(options.DatabasePath, readOnly: true));
        await connection.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var since = await ReadEditsAsync(connection, transaction, seen.Edits.Count == 0 ? 0 : seen.Edits[^1].Id, ct);
        return since.Count == 0 ? seen : EditedRecord.Create(seen.Shipped, [.. seen.Edits, .. since]);
    }

    /// <summary>Creates the database, or loads the current data set into the one there, unless another process just did.</summary>
    private async Task BringUpToDateAsync(CancellationToken ct)
    {
        var file = DatabaseFile.Inspect(options.DatabasePath);
        var set = DataSetReader.Read(options.DataDirectory);
        if (!set.Report.IsValid)
        {
            throw new DataImportException(set.Report);
        }

        if (file.Exists)
        {
            Writable();
            await ReloadAsync(set.Input, Fingerprint(options.DataDirectory), ct);
        }
        else
        {
            await CreateAsync(set.Input, ct);
        }
    }

    private void Writable()
    {
        if (DatabaseFile.Inspect(options.DatabasePath).ReadOnly)
        {
            throw new DatabaseUnusableException(options.DatabasePath, "is read-only and holds an older data set: make it writable (chmod u+w) or give another path");
        }
    }

    /// <summary>Writes a new database beside the path and renames it into place.</summary>
    private async Task CreateAsync(RegistryInput input, CancellationToken ct)
    {
        var path = options.DatabasePath;
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var building = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.building");
        try
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(ct);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
                await WriteShippedAsync(connection, transaction, input, Fingerprint(options.DataDirectory), createRecordTables: true, ct);
                await transaction.CommitAsync(ct);
                // A rollback journal (not WAL) leaves no files beside the database between writes.
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA application_id = {DatabaseFile.ApplicationId}; PRAGMA journal_mode = DELETE";
                await pragma.ExecuteNonQueryAsync(ct);
            }

            // Looked at again just before the swap: a database put there meanwhile (by another process starting at
            // the same time) is kept, and so is anything else.
            if (DatabaseFile.Inspect(path).Exists)
            {
                return;
            }

            try
            {
                File.Move(building, path, overwrite: File.Exists(path));
            }
            catch (IOException) when (DatabaseFile.Inspect(path).Exists)
            {
                // Another process's database arrived first.
            }
        }
        finally
        {
            File.Delete(building);
        }
    }

    /// <summary>Replaces the shipped tables of the database at the path in one transaction; changes and keys stay.</summary>
    private async Task ReloadAsync(RegistryInput input, string fingerprint, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(DatabaseFile.SharedConnectionString(options.DatabasePath));
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Another process may have loaded the same data set while this one waited for the lock.
        command.CommandText = $"""
            SELECT (SELECT count(*) FROM "meta" WHERE ("Key" = 'data' AND "Value" = $data) OR ("Key" = 'schema' AND "Value" = '{SchemaVersion}'))
                 + (SELECT count(*) FROM "documents" WHERE "Name" = '{StoredRows.DocumentName}')
            """;
        command.Parameters.AddWithValue("$data", fingerprint);
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 3)
        {
            return;
        }

        command.Parameters.Clear();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables.Except(RecordDbContext.Tables, StringComparer.Ordinal))
        {
            command.CommandText = $"DROP TABLE \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await command.ExecuteNonQueryAsync(ct);
        }

        await WriteShippedAsync(connection, transaction, input, fingerprint, createRecordTables: !RecordDbContext.Tables.All(tables.Contains), ct);
        await transaction.CommitAsync(ct);
        command.Transaction = null;
        command.CommandText = $"PRAGMA application_id = {DatabaseFile.ApplicationId}";
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Creates the shipped tables (and, for a new database, the record's) and writes the data set into them.</summary>
    private static async Task WriteShippedAsync(SqliteConnection connection, SqliteTransaction transaction, RegistryInput input, string fingerprint, bool createRecordTables, CancellationToken ct)
    {
        await using var db = Context<StandingDbContext>(connection, o => new StandingDbContext(o));
        await db.Database.UseTransactionAsync(transaction, ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript(), ct);
        if (createRecordTables)
        {
            await using var record = Context<RecordDbContext>(connection, o => new RecordDbContext(o));
            await db.Database.ExecuteSqlRawAsync(record.Database.GenerateCreateScript(), ct);
        }

        var rows = RowMapping.ToRows(input);
        db.AddRange(rows.All());
        db.Documents.Add(new DocumentRow { Name = StoredRows.DocumentName, Json = JsonSerializer.Serialize(rows, StoredRowsJson.Default.StoredRows) });
        db.Meta.AddRange(new MetaRow { Key = "schema", Value = SchemaVersion }, new MetaRow { Key = "data", Value = fingerprint });
        await db.SaveChangesAsync(ct);
    }

    private static T Context<T>(SqliteConnection connection, Func<DbContextOptions<T>, T> create)
        where T : DbContext => create(new DbContextOptionsBuilder<T>().UseSqlite(connection).Options);

    /// <summary>
    /// The shipped rows and every change, if the database is Standing's and current (its schema version and data
    /// fingerprint match); otherwise null. Plain SQL, read in one transaction: this runs at every start, and a context
    /// would first build its model (0.7 s of a 1.5 s start, measured).
    /// </summary>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not use.</exception>
    private async Task<EditedRecord?> ReadIfCurrentAsync(CancellationToken ct)
    {
        var file = DatabaseFile.Inspect(options.DatabasePath);
        if (!file.Exists || file.Meta.GetValueOrDefault("schema") != SchemaVersion || file.Meta.GetValueOrDefault("data") != Fingerprint(options.DataDirectory))
        {
            return null;
        }

        await using var connection = new SqliteConnection(DatabaseFile.SharedConnectionString(options.DatabasePath, file.ReadOnly));
        await connection.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""SELECT "Json" FROM "documents" WHERE "Name" = '{StoredRows.DocumentName}'""";
        if (await command.ExecuteScalarAsync(ct) is not string json || JsonSerializer.Deserialize(json, StoredRowsJson.Default.StoredRows) is not { } rows)
        {
            return null;
        }

        return EditedRecord.Create(RowMapping.ToInput(rows), await ReadEditsAsync(connection, transaction, 0, ct));
    }

    /// <summary>The changes after <paramref name="afterId"/>, oldest first.</summary>
    private static async Task<List<Edit>> ReadEditsAsync(SqliteConnection connection, SqliteTransaction transaction, long afterId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""SELECT {EditRows.Columns} FROM "edits" WHERE "Id" > $after ORDER BY "Id" """;
        command.Parameters.AddWithValue("$after", afterId);
        var edits = new List<Edit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            edits.Add(EditRows.Read(reader));
        }

        return edits;
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
