using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;

namespace Standing.Data.Tests;

public sealed class StandingStoreTests : IDisposable
{
    private readonly TestDataSet _data = new();
    private TestDatabase? _database;

    public void Dispose()
    {
        _data.Dispose();
        _database?.Dispose();
    }

    /// <summary>Each test runs on SQLite and on PostgreSQL.</summary>
    private void On(string provider) => _database = new TestDatabase(provider);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadRegistry_FirstUse_CreatesDatabaseAndImports(string provider)
    {
        On(provider);
        var registry = await LoadAsync();

        Assert.True(provider == "postgres" || File.Exists(_database!.Address));
        var summary = registry.Summary(EntityCode.Kosovo, new(2020, 1, 1), Perspective.Default);
        Assert.Equal((1, 3, 1), (summary.UnMembersRecognizing, summary.UnMembers, summary.Withdrawn));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadRegistry_RoundTrip_KeepsPartialDatesAliasesAndOpenEnds(string provider)
    {
        On(provider);
        var registry = await LoadAsync();

        var bbb = registry.Ledger(EntityCode.Kosovo, Perspective.Default).EventsOf(new("BBB"));
        Assert.Equal("2009-03", bbb[0].Date.ToString());
        Assert.Equal("month only, per source", bbb[0].Note);
        Assert.Equal("XKX", registry.FindEntity("Republic of Kosovo")!.Code.Value);
        var club = registry.Roster(new("CLUB"));
        Assert.Equal(new DateOnly(2020, 2, 1), club.Single(m => m.State.Value == "AAA").Period.End);
        Assert.Null(club.Single(m => m.State.Value == "XKX").Period.End);
        Assert.Null(registry.Roster(new("UN")).Single(m => m.State.Value == "AAA").Since);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadRegistry_TheTablesHoldTheRowsToo(string provider)
    {
        On(provider);
        var registry = await LoadAsync();

        var (recognitions, memberships) = await WithStore(async s =>
            (await s.Db.Set<Storage.RecognitionRow>().CountAsync(), await s.Db.Set<Storage.MembershipRow>().CountAsync()));

        Assert.Equal((registry.RecognitionEvents.Count, registry.Organisations.Sum(o => registry.Roster(o.Id).Count)), (recognitions, memberships));
    }

    [Theory]
    [InlineData("sqlite", "delete from documents where \"Name\" = 'rows'")]     // the rows document lost: imported again
    [InlineData("sqlite", "update meta set \"Value\" = '7' where \"Key\" = 'schema'")] // an older layout: rebuilt
    [InlineData("postgres", "delete from documents where \"Name\" = 'rows'")]
    [InlineData("postgres", "update meta set \"Value\" = '7' where \"Key\" = 'schema'")]
    public async Task LoadRegistry_DatabaseNotAsExpected_IsRebuiltFromTheFiles(string provider, string sql)
    {
        On(provider);
        await LoadAsync();
        await WithStore(s => s.Db.Database.ExecuteSqlRawAsync(sql));

        var registry = await LoadAsync();

        Assert.Equal(3, registry.RecognitionEvents.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EnsureCurrent_UnchangedData_DoesNotReimport(string provider)
    {
        On(provider);
        await LoadAsync();

        Assert.False(await WithStore(s => s.Store.EnsureCurrentAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EnsureCurrent_ChangedData_Reimports(string provider)
    {
        On(provider);
        await LoadAsync();
        _data.Append("recognitions.csv", "XKX,SRB,recognised,2030-01-01,https://example.org/page,");

        Assert.True(await WithStore(s => s.Store.EnsureCurrentAsync()));
        var registry = await LoadAsync();
        Assert.True(registry.IsRecognisedBy(EntityCode.Kosovo, new("SRB"), new(2030, 1, 1), Perspective.Default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadRegistry_BadRowAfterGoodImport_ThrowsAndKeepsEarlierData(string provider)
    {
        On(provider);
        // Given a database holding a good import
        await LoadAsync();

        // When a bad row is added and the store is opened again
        _data.Append("recognitions.csv", "XKX,SRB,recognised,2020-13-45,https://example.org/page,");
        var e = await Assert.ThrowsAsync<DataImportException>(LoadAsync);

        // Then the problem is named and the earlier data is intact
        Assert.Equal("data/recognitions.csv:5", e.Report.Problems[0].Path);
        var count = await WithStore(async s => await s.Db.Set<Storage.RecognitionRow>().CountAsync());
        Assert.Equal(3, count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadRegistry_BadDataOnFirstUse_CreatesNoFile(string provider)
    {
        On(provider);
        _data.Append("recognitions.csv", "XKX,ZZZ,recognised,2010-01-01,https://example.org/page,");

        await Assert.ThrowsAsync<DataImportException>(LoadAsync);

        if (provider == "sqlite")
        {
            Assert.False(File.Exists(_database!.Address));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_database.Address)!, $".{Path.GetFileName(_database.Address)}.*"));
        }
        else
        {
            Assert.Equal(0, await WithStore(s => TablesAsync(s.Db)));
        }
    }

    private static async Task<long> TablesAsync(Storage.StandingDbContext db) =>
        await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()").SingleAsync();

    private Task<Domain.Registry> LoadAsync() => WithStore(s => s.Store.LoadRegistryAsync());

    private async Task<T> WithStore<T>(Func<(StandingStore Store, Storage.StandingDbContext Db), Task<T>> use)
    {
        // The context opens its connection when first used, after the store has made the database.
        var options = _database!.Options(_data.Directory);
        await using DbConnection connection = options.Postgres is { } postgres
            ? new Npgsql.NpgsqlConnection(postgres)
            : new Microsoft.Data.Sqlite.SqliteConnection(Storage.DatabaseFile.SharedConnectionString(options.DatabasePath));
        await using var db = new Storage.StandingDbContext(Storage.Database.For(options).ContextOptions<Storage.StandingDbContext>(connection));
        return await use((new StandingStore(options), db));
    }
}
