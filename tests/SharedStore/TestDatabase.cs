using Npgsql;
using Standing.Data;

namespace Standing.Tests;

/// <summary>
/// A throw-away database for one test, on either provider: a SQLite file in the temporary folder, or a PostgreSQL
/// database of its own on the server that ./test.sh starts on 127.0.0.1 (STANDING_TEST_POSTGRES); dropped on dispose.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable holding the connection string of the test server's maintenance database.</summary>
    public const string PostgresVariable = "STANDING_TEST_POSTGRES";

    /// <summary>Both providers, for theories that run a store test on each.</summary>
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private readonly string? _postgresName;

    public TestDatabase(string provider)
    {
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrEmpty(server))
            {
                Assert.Skip($"{PostgresVariable} is not set: ./test.sh starts PostgreSQL on 127.0.0.1 and sets it");
            }

            _postgresName = $"standing_test_{Guid.NewGuid():N}";
            Admin(server, $"CREATE DATABASE \"{_postgresName}\"");
            Postgres = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
            Address = Postgres;
        }
        else
        {
            Address = Path.Combine(Path.GetTempPath(), $"standing-test-{Guid.NewGuid():N}.db");
        }
    }

    /// <summary>What --db or STANDING_DB takes: the file's path or the connection string.</summary>
    public string Address { get; }

    /// <summary>The connection string, on PostgreSQL.</summary>
    public string? Postgres { get; }

    public StandingDataOptions Options(string dataDirectory) => new() { DatabasePath = Postgres is null ? Address : "", Postgres = Postgres, DataDirectory = dataDirectory };

    public void Dispose()
    {
        if (_postgresName is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Address);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Admin(Environment.GetEnvironmentVariable(PostgresVariable)!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
