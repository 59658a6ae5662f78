using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Standing.Data.Storage;

/// <summary>What is at the database's address, as far as Standing may touch it.</summary>
/// <param name="Exists">False when there is nothing yet (no file, an empty file, a database without tables): Standing may create its own there.</param>
/// <param name="ReadOnly">It can be read but not written.</param>
/// <param name="Meta">Standing's meta table (schema version, data fingerprint).</param>
internal sealed record Presence(bool Exists, bool ReadOnly, IReadOnlyDictionary<string, string> Meta);

/// <summary>
/// What differs between the embedded SQLite file and a PostgreSQL server: opening, the write lock, listing and dropping
/// tables, creating a new database, and telling other processes about a change. The SQL that reads and writes rows is
/// the same for both (double-quoted names, <c>@name</c> parameters).
/// </summary>
internal abstract class Database
{
    public static Database For(StandingDataOptions options) =>
        options.Postgres is { } connection ? new PostgresDatabase(connection) : new SqliteDatabase(options.DatabasePath);

    /// <summary>How messages name the database: its path, or the PostgreSQL database and server.</summary>
    public abstract string Name { get; }

    /// <summary>Looks at the database without changing it.</summary>
    /// <exception cref="DatabaseUnusableException">It holds something Standing must not read or change.</exception>
    public abstract Task<Presence> InspectAsync(CancellationToken ct);

    public abstract Task<DbConnection> OpenAsync(bool readOnly, CancellationToken ct);

    /// <summary>Whether the database can be read but not written, told without opening it (a server's permissions show only when a write fails).</summary>
    public virtual bool ReadOnly => false;

    /// <summary>A transaction that holds the database's one write lock: writers, and loads of a new data set, take turns.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A transaction that reads one consistent state.</summary>
    public abstract Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct);

    public abstract DbContextOptions<T> ContextOptions<T>(DbConnection connection)
        where T : DbContext;

    /// <summary>The names of the tables in the database.</summary>
    public abstract string ListTablesSql { get; }

    public abstract string DropTableSql(string table);

    /// <summary>
    /// Creates a new database holding what <paramref name="write"/> writes, where none is; if another process creates
    /// one meanwhile, that one is kept.
    /// </summary>
    public abstract Task CreateAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken ct);

    /// <summary>Marks a database Standing has just written as its own.</summary>
    public virtual Task MarkAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>After rows were written with their own ids: the next id the database gives follows the highest.</summary>
    public virtual Task AfterExplicitIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Tells the other processes on the database, when the transaction commits, that the record changed.</summary>
    public virtual Task NotifyAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Waits until another process may have changed the record, or <paramref name="longest"/> has passed.</summary>
    public virtual Task WaitForChangeAsync(TimeSpan longest, CancellationToken ct) => Task.Delay(longest, ct);

    /// <summary>A command in <paramref name="transaction"/> with <c>@name</c> parameters.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The names of the tables in the database.</summary>
    public async Task<HashSet<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct) =>
        [.. await ColumnAsync(connection, transaction, ListTablesSql, ct)];

    /// <summary>Standing's meta table (schema version, record layout, data fingerprint).</summary>
    public static async Task<Dictionary<string, string>> MetaAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Command(connection, transaction, """SELECT "Key", "Value" FROM "meta" """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }

        return meta;
    }

    private static async Task<List<string>> ColumnAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>The embedded database file.</summary>
    private sealed class SqliteDatabase(string path) : Database
    {
        public override string Name => path;

        public override bool ReadOnly => DatabaseFile.IsReadOnly(path);

        public override Task<Presence> InspectAsync(CancellationToken ct)
        {
            var file = DatabaseFile.Inspect(path);
            return Task.FromResult(new Presence(file.Exists, file.ReadOnly, file.Meta));
        }

        public override async Task<DbConnection> OpenAsync(bool readOnly, CancellationToken ct)
        {
            var connection = new SqliteConnection(DatabaseFile.SharedConnectionString(path, readOnly));
            await connection.OpenAsync(ct);
            return connection;
        }

        // BEGIN IMMEDIATE: the write lock is taken at once, not at the first write.
        public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

        public override Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct) =>
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

        public override DbContextOptions<T> ContextOptions<T>(DbConnection connection) => new DbContextOptionsBuilder<T>().UseSqlite(connection).Options;

        public override string ListTablesSql => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

        public override string DropTableSql(string table) => $"DROP TABLE \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

        /// <summary>Written beside the path and renamed into place, so that no reader ever sees half a database.</summary>
        public override async Task CreateAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken ct)
        {
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var building = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.building");
            try
            {
                await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
                {
                    await connection.OpenAsync(ct);
                    await using (var transaction = connection.BeginTransaction())
                    {
                        await write(connection, transaction);
                        await transaction.CommitAsync(ct);
                    }

                    // A rollback journal (not WAL) leaves no files beside the database between writes.
                    await using var pragma = Command(connection, null, $"PRAGMA application_id = {DatabaseFile.ApplicationId}; PRAGMA journal_mode = DELETE");
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

        public override async Task MarkAsync(DbConnection connection, CancellationToken ct)
        {
            await using var pragma = Command(connection, null, $"PRAGMA application_id = {DatabaseFile.ApplicationId}");
            await pragma.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>A PostgreSQL database on a server, shared by several processes.</summary>
    private sealed class PostgresDatabase : Database
    {
        /// <summary>The advisory lock writers take in turn ("STND").</summary>
        private const long WriteLock = 0x53544E44;

        /// <summary>The channel a committed change is announced on.</summary>
        private const string Channel = "standing_record";

        private readonly string _connection;
        private NpgsqlConnection? _listening;

        public PostgresDatabase(string connection)
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            _connection = builder.ConnectionString;
            // Named without its password: the name goes into messages.
            Name = $"'{builder.Database}' on the PostgreSQL server {builder.Host}:{builder.Port}";
        }

        public override string Name { get; }

        public override async Task<Presence> InspectAsync(CancellationToken ct)
        {
            await using var connection = await OpenAsync(readOnly: true, ct);
            var tables = await TablesAsync(connection, null, ct);
            if (tables.Count == 0)
            {
                return new(false, false, new Dictionary<string, string>());
            }

            if (!tables.Contains("meta") || !tables.Contains("documents"))
            {
                throw new DatabaseUnusableException(Name, "holds tables that Standing did not create; it was left untouched: give an empty database");
            }

            return new(true, false, await MetaAsync(connection, null, ct));
        }

        public override async Task<DbConnection> OpenAsync(bool readOnly, CancellationToken ct)
        {
            var connection = new NpgsqlConnection(_connection);
            try
            {
                await connection.OpenAsync(ct);
                return connection;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                await connection.DisposeAsync();
                throw new DatabaseUnusableException(Name, $"cannot be reached ({e.Message.TrimEnd('.')}): check the connection string in --db or STANDING_DB and that the server is running");
            }
        }

        public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct)
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({WriteLock})");
            await command.ExecuteNonQueryAsync(ct);
            return transaction;
        }

        public override async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct) =>
            await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);

        public override DbContextOptions<T> ContextOptions<T>(DbConnection connection) => new DbContextOptionsBuilder<T>().UseNpgsql(connection).Options;

        public override string ListTablesSql => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";

        public override string DropTableSql(string table) => $"DROP TABLE \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" CASCADE";

        /// <summary>Under the write lock: the first process to get it creates the tables, the others find them there.</summary>
        public override async Task CreateAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken ct)
        {
            await using var connection = await OpenAsync(readOnly: false, ct);
            await using var transaction = await BeginWriteAsync(connection, ct);
            if ((await TablesAsync(connection, transaction, ct)).Count > 0)
            {
                return;
            }

            await write(connection, transaction);
            await transaction.CommitAsync(ct);
        }

        public override async Task AfterExplicitIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
        {
            await using var command = Command(connection, transaction, """SELECT setval(pg_get_serial_sequence('"edits"', 'Id'), COALESCE((SELECT max("Id") FROM "edits"), 0) + 1, false)""");
            await command.ExecuteNonQueryAsync(ct);
        }

        public override async Task NotifyAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
        {
            await using var command = Command(connection, transaction, $"NOTIFY {Channel}");
            await command.ExecuteNonQueryAsync(ct);
        }

        /// <summary>LISTENs on one connection kept open: a change on any node wakes every other at once.</summary>
        public override async Task WaitForChangeAsync(TimeSpan longest, CancellationToken ct)
        {
            try
            {
                if (_listening is null)
                {
                    _listening = (NpgsqlConnection)await OpenAsync(readOnly: true, ct);
                    await using var listen = Command(_listening, null, $"LISTEN {Channel}");
                    await listen.ExecuteNonQueryAsync(ct);
                }

                await _listening.WaitAsync(longest, ct);
            }
            catch (Exception e) when (e is NpgsqlException or DatabaseUnusableException or IOException)
            {
                // A lost connection is opened again at the next wait; meanwhile the caller reads as if woken.
                await (_listening?.DisposeAsync() ?? ValueTask.CompletedTask);
                _listening = null;
                await Task.Delay(longest, ct);
            }
        }
    }
}
