using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Data.Tests;

/// <summary>The database as the store of record: changes and keys kept through a new data set, writers serialised, refusals writing nothing.</summary>
public sealed class RecordStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly SourceRef Page = new("https://example.org/news");
    private readonly TestDataSet _data = new();
    private TestDatabase? _database;

    private StandingDataOptions Options => _database!.Options(_data.Directory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _data.Dispose();
        _database?.Dispose();
    }

    /// <summary>Each test runs on SQLite and on PostgreSQL.</summary>
    private void On(string provider) => _database = new TestDatabase(provider);

    private static Change SerbiaRecognises(string date = "2030-01-01") => new(EditAction.Added, FactKinds.Recognition, null,
        new RecognitionEvent(EntityCode.Kosovo, new("SRB"), RecognitionEventKind.Recognised, PartialDate.TryParse(date, out var d) ? d : default, Page), null, "editor", At, Page);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANewDataSet_KeepsTheChangesAndTheKeys(string provider)
    {
        On(provider);
        var store = new StandingStore(Options);
        var (proposal, _) = await store.CommitAsync(await store.LoadRecordAsync(Ct), r => r.Propose(SerbiaRecognises()), Ct);
        Assert.NotNull(proposal.Edit);
        var (key, secret) = await new ApiKeys(Options).CreateAsync("Desk A", KeyRole.Editor, At, Ct);

        _data.Append("recognitions.csv", "XKX,BBB,restored,2031-01-01,https://example.org/page,");
        var record = await new StandingStore(Options).LoadRecordAsync(Ct);

        Assert.NotNull(record.Find(FactKinds.Recognition, "XKX-BBB-restored-2031-01-01"));
        Assert.Equal("XKX-SRB-recognised-2030-01-01", Assert.Single(record.Edits).Fact);
        Assert.NotNull(record.Find(FactKinds.Recognition, "XKX-SRB-recognised-2030-01-01"));
        Assert.Equal(key.Id, (await new ApiKeys(Options).VerifyAsync(secret, Ct))?.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoWritersWhoSawTheSameVersion_TheSecondIsStale(string provider)
    {
        On(provider);
        var store = new StandingStore(Options);
        var seen = await store.LoadRecordAsync(Ct);
        var id = "XKX-AAA-recognised-2008-02-18";
        var (value, version) = seen.Find(FactKinds.Recognition, id)!.Value;
        Change Correct(string note) => new(EditAction.Corrected, FactKinds.Recognition, id, value with { Note = note }, FactTags.Of(FactKinds.Recognition, value, version), "editor", At, Page);

        var first = await store.CommitAsync(seen, r => r.Propose(Correct("first")), Ct);
        var second = await store.CommitAsync(seen, r => r.Propose(Correct("second")), Ct);

        Assert.NotNull(first.Proposal.Edit);
        Assert.Equal(Rejection.Stale, second.Proposal.Rejection);
        var record = await new StandingStore(Options).LoadRecordAsync(Ct);
        Assert.Equal("first", record.Find(FactKinds.Recognition, id)!.Value.Value.Note);
        Assert.Single(record.Edits);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WritersAtOnce_AreSerialised_AndNoChangeIsLost(string provider)
    {
        On(provider);
        var seen = await new StandingStore(Options).LoadRecordAsync(Ct);
        var id = "XKX-AAA-recognised-2008-02-18";
        var value = seen.Find(FactKinds.Recognition, id)!.Value.Value;

        // Four writers, each with a store of its own (as four processes would be), each correcting the same fact ten times.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var store = new StandingStore(Options);
            for (var i = 0; i < 10; i++)
            {
                var (proposal, _) = await store.CommitAsync(seen, r => r.Propose(new Change(EditAction.Corrected, FactKinds.Recognition, id, value with { Note = $"{w}.{i}" }, "*", $"writer {w}", At, Page)), Ct);
                Assert.NotNull(proposal.Edit);
            }
        }, Ct)));

        var record = await new StandingStore(Options).LoadRecordAsync(Ct);
        Assert.Equal(Enumerable.Range(1, 40), record.Edits.Select(e => e.Version));
        Assert.Equal(40, record.Find(FactKinds.Recognition, id)!.Value.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnUnsoundChange_WritesNothing(string provider)
    {
        On(provider);
        var store = new StandingStore(Options);
        var record = await store.LoadRecordAsync(Ct);
        var bytes = provider == "sqlite" ? await File.ReadAllBytesAsync(_database!.Address, Ct) : [];

        var (proposal, _) = await store.CommitAsync(record, r => r.Propose(SerbiaRecognises("2001-01-01")), Ct);

        Assert.Equal(Rejection.Unsound, proposal.Rejection);
        Assert.Empty((await new StandingStore(Options).LoadRecordAsync(Ct)).Edits);
        Assert.Equal(bytes, provider == "sqlite" ? await File.ReadAllBytesAsync(_database!.Address, Ct) : []);
    }
}

/// <summary>Changes to facts of every kind, kept in the database and read back as they were, on both databases.</summary>
public sealed class FactKindStoreTests : IDisposable
{
    private static readonly SourceRef Page = new("https://example.org/news");
    private TestDatabase? _database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AChangeOfEachKind_IsStored_AndReadBackAsItWas(string provider)
    {
        _database = new TestDatabase(provider);
        var options = _database.Options(RepositoryData.Directory);
        var store = new StandingStore(options);
        var record = await store.LoadRecordAsync(Ct);

        // Each kind's first fact, given a new note, stores the fact twice (before and after).
        var asked = new List<object>();
        foreach (var kind in FactKinds.All)
        {
            var (id, fact) = kind.Identified(record.Shipped).First();
            var noted = Noted(kind, fact);
            asked.Add(noted);
            Proposal proposal;
            (proposal, record) = await store.CommitAsync(record, r => r.Propose(new Change(EditAction.Corrected, kind, id, noted, "*", "editor", DateTimeOffset.UnixEpoch, Page)), Ct);
            Assert.True(proposal.Edit is not null, $"{kind}: {string.Join("; ", proposal.Refusals ?? [])}");
        }

        var stored = (await new StandingStore(options).LoadRecordAsync(Ct)).Edits;
        Assert.Equal(FactKinds.All, stored.Select(e => e.Kind));
        Assert.All(stored, e => Assert.Equal(e.Kind.TextOf(e.Kind.Identified(record.Shipped).First().Fact), e.Kind.TextOf(e.Before!)));
        Assert.Equal(asked.Select((f, i) => FactKinds.All[i].TextOf(f)), stored.Select(e => e.Kind.TextOf(e.After!)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AChangeThatChangesNothing_IsRefused_AndNothingIsStored(string provider)
    {
        _database = new TestDatabase(provider);
        var store = new StandingStore(_database.Options(RepositoryData.Directory));
        var record = await store.LoadRecordAsync(Ct);
        var (id, fact) = FactKinds.Recognition.Identified(record.Shipped).First();

        var (proposal, _) = await store.CommitAsync(record, r => r.Propose(new Change(EditAction.Corrected, FactKinds.Recognition, id, fact, "*", "editor", DateTimeOffset.UnixEpoch, Page)), Ct);

        Assert.Equal(Rejection.Unchanged, proposal.Rejection);
        Assert.Empty((await store.LoadRecordAsync(Ct)).Edits);
    }

    /// <summary>The fact with its note replaced, through its data format (every kind has a note).</summary>
    private static object Noted(FactKind kind, object fact)
    {
        var format = Files.FactFormats.Of(kind);
        var fields = new Dictionary<string, string?>(format.Write(fact), StringComparer.Ordinal) { ["note"] = "checked again" };
        return format.Read(fields).Fact ?? throw new InvalidOperationException($"{kind}: the fact does not read back");
    }
}

public sealed class RecordUpgradeTests : IDisposable
{
    private static readonly SourceRef Page = new("https://example.org/news");
    private readonly TestDataSet _data = new();
    private TestDatabase? _database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _data.Dispose();
        _database?.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANewRelease_ThatDisagreesWithChanges_ListsEachConflict_AndTheChangesStand(string provider)
    {
        _database = new TestDatabase(provider);
        var options = _database.Options(_data.Directory);
        var store = new StandingStore(options);
        var record = await store.LoadRecordAsync(Ct);
        var aaa = "XKX-AAA-recognised-2008-02-18";
        var (value, version) = record.Find(FactKinds.Recognition, aaa)!.Value;
        (_, record) = await store.CommitAsync(record, r => r.Propose(new Change(EditAction.Corrected, FactKinds.Recognition, aaa, value with { Note = "an editor's note" }, FactTags.Of(FactKinds.Recognition, value, version), "editor", DateTimeOffset.UnixEpoch, Page)), Ct);
        var serbia = new RecognitionEvent(EntityCode.Kosovo, new("SRB"), RecognitionEventKind.Recognised, PartialDate.Exact(new(2030, 1, 1)), Page);
        (_, record) = await store.CommitAsync(record, r => r.Propose(new Change(EditAction.Added, FactKinds.Recognition, null, serbia, null, "editor", DateTimeOffset.UnixEpoch, Page)), Ct);
        Assert.Empty(record.Conflicts());

        // The next release: a note on Aland's recognition, and Serbia's recognition shipped as well.
        _data.Write("recognitions.csv", $"""
            subject,code,event,date,source,note
            XKX,AAA,recognised,2008-02-18,{TestDataSet.Url},the release's note
            XKX,BBB,recognised,2009-03,{TestDataSet.Url},"month only, per source"
            XKX,BBB,withdrawn,2019-11-07,{TestDataSet.Url},
            XKX,SRB,recognised,2030-01-01,{TestDataSet.Url},
            """);
        var upgraded = await new StandingStore(options).LoadRecordAsync(Ct);

        var conflicts = upgraded.Conflicts();
        Assert.Equal([(aaa, ConflictReason.Changed), ("XKX-SRB-recognised-2030-01-01", ConflictReason.AlsoShipped)], conflicts.Select(c => (c.Fact, c.Reason)));
        Assert.Equal(("the release's note", "an editor's note"), (((RecognitionEvent)conflicts[0].Shipped!).Note, ((RecognitionEvent)conflicts[0].Current!).Note));
        Assert.Equal("an editor's note", upgraded.Find(FactKinds.Recognition, aaa)!.Value.Value.Note);
        Assert.Equal(2, upgraded.Edits.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ADatabaseOfTheFirstRecordLayout_IsMigrated_KeepingItsChanges(string provider)
    {
        _database = new TestDatabase(provider);
        var options = _database.Options(_data.Directory);
        var store = new StandingStore(options);
        var serbia = new RecognitionEvent(EntityCode.Kosovo, new("SRB"), RecognitionEventKind.Recognised, PartialDate.Exact(new(2030, 1, 1)), Page);
        await store.CommitAsync(await store.LoadRecordAsync(Ct), r => r.Propose(new Change(EditAction.Added, FactKinds.Recognition, null, serbia, null, "editor", DateTimeOffset.UnixEpoch, Page)), Ct);

        // The first release's record tables: a fact's id unique across kinds, and no record layout in the meta table.
        await ExecuteAsync("""
            DROP INDEX "IX_edits_Kind_Fact_Version"; CREATE UNIQUE INDEX "IX_edits_Fact_Version" ON "edits" ("Fact", "Version");
            DELETE FROM "meta" WHERE "Key" = 'record'
            """);

        var record = await new StandingStore(options).LoadRecordAsync(Ct);

        Assert.Equal("XKX-SRB-recognised-2030-01-01", Assert.Single(record.Edits).Fact);
        Assert.Equal(["IX_edits_Kind_Fact_Version", "IX_edits_State"], (await QueryAsync(provider == "sqlite"
            ? """SELECT "name" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'edits' AND "name" LIKE 'IX_%' ORDER BY 1"""
            : """SELECT indexname FROM pg_indexes WHERE tablename = 'edits' AND indexname LIKE 'IX_%' ORDER BY 1""")));
        Assert.Equal(["2"], await QueryAsync("""SELECT "Value" FROM "meta" WHERE "Key" = 'record'"""));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private System.Data.Common.DbConnection Open() => _database!.Postgres is { } pg
        ? new Npgsql.NpgsqlConnection(pg)
        : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_database.Address};Pooling=False");
}

/// <summary>A PostgreSQL database that holds someone else's tables is refused and left as it was.</summary>
public sealed class PostgresSafetyTests : IDisposable
{
    private readonly TestDataSet _data = new();
    private readonly TestDatabase _database = new("postgres");

    public void Dispose()
    {
        _data.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task ADatabaseWithOtherTables_IsRefusedAndLeftAsItWas()
    {
        await using (var connection = new Npgsql.NpgsqlConnection(_database.Postgres))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new Npgsql.NpgsqlCommand("CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (7)", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var e = await Assert.ThrowsAsync<Storage.DatabaseUnusableException>(() => new StandingStore(_database.Options(_data.Directory)).LoadRegistryAsync(TestContext.Current.CancellationToken));

        Assert.Contains("holds tables that Standing did not create", e.Message, StringComparison.Ordinal);
        await using var check = new Npgsql.NpgsqlConnection(_database.Postgres);
        await check.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new Npgsql.NpgsqlCommand("SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = 'public'", check);
        Assert.Equal("invoices", await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
