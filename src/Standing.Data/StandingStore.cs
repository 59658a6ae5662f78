using System.Data.Common;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
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
    internal const string SchemaVersion = "13";

    /// <summary>The record tables' layout: an older database's tables are brought up to it by <see cref="RecordMigrations"/>, keeping every row.</summary>
    internal const int RecordVersion = 2;

    /// <summary>The steps from each record layout to the next, by the version they lead to; the same SQL on both databases.</summary>
    private static readonly Dictionary<int, string> RecordMigrations = new()
    {
        // Changes to facts of any kind: a fact's id is unique within its kind only.
        [2] = """DROP INDEX IF EXISTS "IX_edits_Fact_Version"; CREATE UNIQUE INDEX "IX_edits_Kind_Fact_Version" ON "edits" ("Kind", "Fact", "Version")""",
    };

    private readonly Database _database = Database.For(options);

    /// <summary>The data set's fingerprint, taken once: a store serves one command or one process, and hashing every file of data/ takes tens of milliseconds.</summary>
    private readonly Lazy<string> _fingerprint = new(() => Fingerprint(options.DataDirectory));

    /// <summary>Makes sure the database exists and holds the current data set, then reads it into a registry.</summary>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The database holds something Standing must not use; it is left as it was.</exception>
    public async Task<Registry> LoadRegistryAsync(CancellationToken ct = default) => Registry.Create((await LoadRecordAsync(ct)).Input);

    /// <summary>Makes sure the database exists and holds the current data set, then reads the shipped data and every change since.</summary>
    /// <exception cref="DataImportException">The data set has problems; the database is left as it was.</exception>
    /// <exception cref="DatabaseUnusableException">The database holds something Standing must not use; it is left as it was.</exception>
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
    /// <exception cref="DatabaseUnusableException">The database holds something Standing must not use; it is left as it was.</exception>
    public async Task<bool> EnsureCurrentAsync(CancellationToken ct = default)
    {
        // The meta table says whether the database is current; the rows themselves need not be read for that.
        if (await _database.InspectAsync(ct) is { Exists: true } presence && IsCurrent(presence.Meta))
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
        await using var connection = await _database.OpenAsync(readOnly: false, ct);
        await using var transaction = await _database.BeginWriteAsync(connection, ct);
        var latest = seen.With(await ReadEditsAsync(connection, transaction, LastId(seen), ct));
        var proposal = propose(latest);
        if (proposal.Edit is not { } edit)
        {
            return (proposal, latest);
        }

        await using var db = new RecordDbContext(_database.ContextOptions<RecordDbContext>(connection));
        await db.Database.UseTransactionAsync(transaction, ct);
        var row = EditRows.ToRow(edit);
        db.Edits.Add(row);
        await db.SaveChangesAsync(ct);
        await _database.NotifyAsync(connection, transaction, ct);
        await transaction.CommitAsync(ct);
        return (proposal, latest.With(edit with { Id = row.Id }));
    }

    /// <summary>
    /// Replaces every change in the database with <paramref name="edits"/> (an import), in one transaction under the write
    /// lock, if they fit the shipped data as the importer checks it; otherwise writes nothing.
    /// </summary>
    /// <returns>The problems found, each naming its change; empty when the changes were written.</returns>
    public async Task<IReadOnlyList<Problem>> ReplaceEditsAsync(IReadOnlyList<Edit> edits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var shipped = (await LoadRecordAsync(ct)).Shipped;
        var problems = new List<Problem>();
        foreach (var repeated in edits.GroupBy(e => (e.Kind, e.Fact, e.Version)).Where(g => g.Count() > 1))
        {
            problems.Add(new("duplicate-row", $"{repeated.Key.Kind} {repeated.Key.Fact} has version {repeated.Key.Version} twice", $"edit {repeated.Last().Id}"));
        }

        foreach (var repeated in edits.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new("duplicate-row", $"id {repeated.Key} is used twice", $"edit {repeated.Key}"));
        }

        var ordered = edits.OrderBy(e => e.Id).ToList();
        problems.AddRange(RegistryValidator.Validate(EditedRecord.Create(shipped, ordered).Input).Problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        Writable();
        await using var connection = await _database.OpenAsync(readOnly: false, ct);
        await using var transaction = await _database.BeginWriteAsync(connection, ct);
        await using (var clear = Database.Command(connection, transaction, """DELETE FROM "edits" """))
        {
            await clear.ExecuteNonQueryAsync(ct);
        }

        await using var db = new RecordDbContext(_database.ContextOptions<RecordDbContext>(connection));
        await db.Database.UseTransactionAsync(transaction, ct);
        db.Edits.AddRange(ordered.Select(e => EditRows.ToRow(e, keepId: true)));
        await db.SaveChangesAsync(ct);
        await _database.AfterExplicitIdsAsync(connection, transaction, ct);
        await _database.NotifyAsync(connection, transaction, ct);
        await transaction.CommitAsync(ct);
        return [];
    }

    /// <summary>The record with the changes other writers made since <paramref name="seen"/>; <paramref name="seen"/> itself if there are none.</summary>
    public async Task<EditedRecord> RefreshAsync(EditedRecord seen, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        await using var connection = await _database.OpenAsync(readOnly: true, ct);
        await using var transaction = await _database.BeginReadAsync(connection, ct);
        return seen.With(await ReadEditsAsync(connection, transaction, LastId(seen), ct));
    }

    /// <summary>Waits until another process may have changed the record (PostgreSQL tells at once), or at most <paramref name="longest"/>.</summary>
    public Task WaitForChangeAsync(TimeSpan longest, CancellationToken ct = default) => _database.WaitForChangeAsync(longest, ct);

    private static long LastId(EditedRecord record) => record.Edits.Count == 0 ? 0 : record.Edits[^1].Id;

    /// <summary>Creates the database, or loads the current data set into the one there, unless another process just did.</summary>
    private async Task BringUpToDateAsync(CancellationToken ct)
    {
        var presence = await _database.InspectAsync(ct);
        var set = DataSetReader.Read(options.DataDirectory);
        if (!set.Report.IsValid)
        {
            throw new DataImportException(set.Report);
        }

        if (!presence.Exists)
        {
            await _database.CreateAsync((connection, transaction) => WriteShippedAsync(connection, transaction, set.Input, createRecordTables: true, ct), ct);
            return;
        }

        Writable();
        await ReloadAsync(set.Input, ct);
    }

    private void Writable()
    {
        if (_database.ReadOnly)
        {
            throw new DatabaseUnusableException(_database.Name, "is read-only and holds an older data set: make it writable (chmod u+w) or give another path");
        }
    }

    /// <summary>Replaces the shipped tables in one transaction, under the write lock; changes and keys stay.</summary>
    private async Task ReloadAsync(RegistryInput input, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(readOnly: false, ct);
        await using var transaction = await _database.BeginWriteAsync(connection, ct);
        var tables = await _database.TablesAsync(connection, transaction, ct);
        var meta = tables.Contains("meta") ? await Database.MetaAsync(connection, transaction, ct) : [];

        // Another process may have loaded the same data set while this one waited for the lock.
        if (IsCurrent(meta))
        {
            await using var document = Database.Command(connection, transaction, $"""SELECT count(*) FROM "documents" WHERE "Name" = '{StoredRows.DocumentName}'""");
            if (Convert.ToInt64(await document.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }
        }

        var hasRecord = RecordDbContext.Tables.All(tables.Contains);
        if (hasRecord)
        {
            await MigrateRecordAsync(connection, transaction, meta, ct);
        }

        foreach (var table in tables.Except(RecordDbContext.Tables, StringComparer.Ordinal))
        {
            await using var drop = Database.Command(connection, transaction, _database.DropTableSql(table));
            await drop.ExecuteNonQueryAsync(ct);
        }

        await WriteShippedAsync(connection, transaction, input, createRecordTables: !hasRecord, ct);
        await transaction.CommitAsync(ct);
        await _database.MarkAsync(connection, ct);
    }

    /// <summary>Brings the record tables from the layout the meta table names (none: the first) to <see cref="RecordVersion"/>.</summary>
    private async Task MigrateRecordAsync(DbConnection connection, DbTransaction transaction, Dictionary<string, string> meta, CancellationToken ct)
    {
        var from = meta.TryGetValue("record", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 1;
        if (from > RecordVersion)
        {
            throw new DatabaseUnusableException(_database.Name, $"holds record tables of a newer Standing (layout {from}, this one knows {RecordVersion}): use that release");
        }

        for (var version = from + 1; version <= RecordVersion; version++)
        {
            await using var step = Database.Command(connection, transaction, RecordMigrations[version]);
            await step.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Creates the shipped tables (and, for a new database, the record's) and writes the data set into them.</summary>
    private async Task WriteShippedAsync(DbConnection connection, DbTransaction transaction, RegistryInput input, bool createRecordTables, CancellationToken ct)
    {
        await using var db = new StandingDbContext(_database.ContextOptions<StandingDbContext>(connection));
        await db.Database.UseTransactionAsync(transaction, ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript(), ct);
        if (createRecordTables)
        {
            await using var record = new RecordDbContext(_database.ContextOptions<RecordDbContext>(connection));
            await db.Database.ExecuteSqlRawAsync(record.Database.GenerateCreateScript(), ct);
        }

        var rows = RowMapping.ToRows(input);
        db.AddRange(rows.All());
        db.Documents.Add(new DocumentRow { Name = StoredRows.DocumentName, Json = JsonSerializer.Serialize(rows, StoredRowsJson.Default.StoredRows) });
        db.Meta.AddRange(CurrentMeta().Select(m => new MetaRow { Key = m.Key, Value = m.Value }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The shipped rows and every change, if the database is Standing's and current (its schema version and data
    /// fingerprint match); otherwise null. Plain SQL, read in one transaction: this runs at every start, and a context
    /// would first build its model (0.7 s of a 1.5 s start, measured).
    /// </summary>
    /// <exception cref="DatabaseUnusableException">The database holds something Standing must not use.</exception>
    private async Task<EditedRecord?> ReadIfCurrentAsync(CancellationToken ct)
    {
        var presence = await _database.InspectAsync(ct);
        if (!presence.Exists || !IsCurrent(presence.Meta))
        {
            return null;
        }

        await using var connection = await _database.OpenAsync(presence.ReadOnly, ct);
        await using var transaction = await _database.BeginReadAsync(connection, ct);
        byte[] utf8;
        await using (var command = Database.Command(connection, transaction, $"""SELECT "Json" FROM "documents" WHERE "Name" = '{StoredRows.DocumentName}'"""))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            // The text's own UTF-8 bytes, which the JSON reader scans: read as a string, the 1.4 MB document would be
            // decoded to UTF-16 and encoded back (about 15 ms of a 0.25 s start; docs/benchmarks.md, "CLI start-up").
            utf8 = reader.GetFieldValue<byte[]>(0);
        }

        return EditedRecord.Create(RowMapping.ToInput(new StoredDocument(utf8)), await ReadEditsAsync(connection, transaction, 0, ct));
    }

    /// <summary>The meta table of a current database: the shipped tables' schema, the record tables' layout and the data set's fingerprint.</summary>
    private Dictionary<string, string> CurrentMeta() => new(StringComparer.Ordinal)
    {
        ["schema"] = SchemaVersion, ["record"] = RecordVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), ["data"] = _fingerprint.Value,
    };

    /// <summary>Whether a database with this meta table is current.</summary>
    private bool IsCurrent(IReadOnlyDictionary<string, string> meta) => CurrentMeta().All(m => meta.GetValueOrDefault(m.Key) == m.Value);

    /// <summary>The changes after <paramref name="afterId"/>, oldest first.</summary>
    private static async Task<List<Edit>> ReadEditsAsync(DbConnection connection, DbTransaction transaction, long afterId, CancellationToken ct)
    {
        await using var command = Database.Command(connection, transaction, $"""SELECT {EditRows.Columns} FROM "edits" WHERE "Id" > @after ORDER BY "Id" """, ("after", afterId));
        var edits = new List<Edit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            edits.Add(EditRows.Read(reader));
        }

        return edits;
    }

    /// <summary>
    /// A hash of every data file's path and contents, to tell whether the data set changed. XXH128 rather than a
    /// cryptographic hash: it guards against change, not against an attacker, and needs no crypto library at start-up
    /// (loading it took about 10 ms of every command, measured).
    /// </summary>
    internal static string Fingerprint(string directory)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(SchemaVersion));
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var contents = File.ReadAllBytes(file);
            hash.Append(Encoding.UTF8.GetBytes($"\0{Path.GetRelativePath(directory, file).Replace('\\', '/')}\0{contents.Length}\0"));
            hash.Append(contents);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }
}
