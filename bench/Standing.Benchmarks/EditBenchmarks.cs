using BenchmarkDotNet.Attributes;
using Standing.Domain;
using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Benchmarks;

/// <summary>What a change costs before it reaches the database, on the repository's data: the check, and the snapshot built after it.</summary>
[MemoryDiagnoser]
public class EditBenchmarks
{
    private EditedRecord _record = null!;
    private Change _change = null!;

    [GlobalSetup]
    public void Load()
    {
        _record = EditedRecord.Create(RepositoryData.Read(), []);
        var argentina = new RecognitionEvent(EntityCode.Kosovo, new("ARG"), RecognitionEventKind.Recognised, PartialDate.Exact(new(2026, 12, 1)), new SourceRef("https://example.org/a"));
        _change = new Change(EditAction.Added, FactKinds.Recognition, null, argentina, null, "bench", DateTimeOffset.UnixEpoch, argentina.Source);
    }

    /// <summary>Checking a new recognition as the importer would, on a fresh record (both runs of the check).</summary>
    [Benchmark]
    public Proposal ProposeOnAFreshRecord() => EditedRecord.Create(_record.Shipped, _record.Edits).Propose(_change);

    /// <summary>The registry that answers are built from after the change.</summary>
    [Benchmark]
    public Registry SnapshotAfterTheChange() => Registry.Create(_record.With(_record.Propose(_change).Edit!).Input);
}
