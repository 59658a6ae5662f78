using Microsoft.Data.Sqlite;
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
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"standing-record-{Guid.NewGuid():N}.db");

    private StandingDataOptions Options => new() { DatabasePath = _database, DataDirectory = _data.Directory };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _data.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private static Change SerbiaRecognises(string date = "2030-01-01") => new(EditAction.Added, null,
        new RecognitionEvent(EntityCode.Kosovo, new("SRB"), RecognitionEventKind.Recognised, PartialDate.TryParse(date, out var d) ? d : default, Page), null, "editor", At, Page);

    [Fact]
    public async Task ANewDataSet_KeepsTheChangesAndTheKeys()
    {
        var store = new StandingStore(Options);
        var (proposal, _) = await store.CommitAsync(await store.LoadRecordAsync(Ct), r => r.Propose(SerbiaRecognises()), Ct);
        Assert.NotNull(proposal.Edit);
        var (key, secret) = await new ApiKeys(Options).CreateAsync("Desk A", KeyRole.Editor, At, Ct);

        _data.Append("recognitions.csv", "XKX,BBB,restored,2031-01-01,https://example.org/page,");
        var record = await new StandingStore(Options).LoadRecordAsync(Ct);

        Assert.NotNull(record.Recognition("XKX-BBB-restored-2031-01-01"));
        Assert.Equal("XKX-SRB-recognised-2030-01-01", Assert.Single(record.Edits).Fact);
        Assert.NotNull(record.Recognition("XKX-SRB-recognised-2030-01-01"));
        Assert.Equal(key.Id, (await new ApiKeys(Options).VerifyAsync(secret, Ct))?.Id);
    }

    [Fact]
    public async Task TwoWritersWhoSawTheSameVersion_TheSecondIsStale()
    {
        var store = new StandingStore(Options);
        var seen = await store.LoadRecordAsync(Ct);
        var id = "XKX-AAA-recognised-2008-02-18";
        var (value, version) = seen.Recognition(id)!.Value;
        Change Correct(string note) => new(EditAction.Corrected, id, value with { Note = note }, FactTags.Of(value, version), "editor", At, Page);

        var first = await store.CommitAsync(seen, r => r.Propose(Correct("first")), Ct);
        var second = await store.CommitAsync(seen, r => r.Propose(Correct("second")), Ct);

        Assert.NotNull(first.Proposal.Edit);
        Assert.Equal(Rejection.Stale, second.Proposal.Rejection);
        var record = await new StandingStore(Options).LoadRecordAsync(Ct);
        Assert.Equal("first", record.Recognition(id)!.Value.Value.Note);
        Assert.Single(record.Edits);
    }

    [Fact]
    public async Task WritersAtOnce_AreSerialised_AndNoChangeIsLost()
    {
        var seen = await new StandingStore(Options).LoadRecordAsync(Ct);
        var id = "XKX-AAA-recognised-2008-02-18";
        var value = seen.Recognition(id)!.Value.Value;

        // Four writers, each with a store of its own (as four processes would be), each correcting the same fact ten times.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var store = new StandingStore(Options);
            for (var i = 0; i < 10; i++)
            {
                var (proposal, _) = await store.CommitAsync(seen, r => r.Propose(new Change(EditAction.Corrected, id, value with { Note = $"{w}.{i}" }, "*", $"writer {w}", At, Page)), Ct);
                Assert.NotNull(proposal.Edit);
            }
        }, Ct)));

        var record = await new StandingStore(Options).LoadRecordAsync(Ct);
        Assert.Equal(Enumerable.Range(1, 40), record.Edits.Select(e => e.Version));
        Assert.Equal(40, record.Recognition(id)!.Value.Version);
    }

    [Fact]
    public async Task AnUnsoundChange_WritesNothing()
    {
        var store = new StandingStore(Options);
        var record = await store.LoadRecordAsync(Ct);
        var bytes = await File.ReadAllBytesAsync(_database, Ct);

        var (proposal, _) = await store.CommitAsync(record, r => r.Propose(SerbiaRecognises("2001-01-01")), Ct);

        Assert.Equal(Rejection.Unsound, proposal.Rejection);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_database, Ct));
    }
}
