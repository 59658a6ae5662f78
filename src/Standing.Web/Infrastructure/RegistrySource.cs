using Microsoft.AspNetCore.OutputCaching;
using Standing.Data;
using Standing.Domain;
using Standing.Domain.Editing;

namespace Standing.Web.Infrastructure;

/// <summary>
/// The record as this node last read or wrote it, and the registry built from it: an immutable snapshot that answers
/// read, swapped whole when a change is committed (here, or by another process: see <see cref="RecordWatcher"/>).
/// </summary>
public sealed class RegistrySource(StandingDataOptions options, IOutputCacheStore cache)
{
    /// <summary>The output cache's tag on every answer, evicted when the record changes.</summary>
    public const string CacheTag = "answers";

    private readonly Lazy<Task<Snapshot>> _first = new(() => LoadAsync(options));
    private readonly Lock _swap = new();
    private Snapshot? _current;

    /// <summary>The record and the registry built from it.</summary>
    /// <param name="Record">The shipped data and every change.</param>
    /// <param name="Registry">What answers are built from.</param>
    public sealed record Snapshot(EditedRecord Record, Registry Registry)
    {
        /// <summary>The id of the last change in it (0: none).</summary>
        public long LastEdit => Record.Edits.Count == 0 ? 0 : Record.Edits[^1].Id;
    }

    /// <summary>
    /// Which snapshot answers now come from (the id of its last change; 0 until the first change this process sees).
    /// The output cache varies by it, so an answer computed from an older snapshot is never served after a newer one is in place.
    /// </summary>
    public long Version => _current?.LastEdit ?? 0;

    /// <summary>The store behind it, for writes.</summary>
    public StandingStore Store { get; } = new(options);

    public async Task<Registry> GetAsync() => (await CurrentAsync()).Registry;

    public async Task<Snapshot> CurrentAsync() => _current ?? await _first.Value;

    /// <summary>Puts <paramref name="record"/> in place, unless a later one already is; answers cached before are dropped.</summary>
    public async Task AdvanceAsync(EditedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var next = new Snapshot(record, Registry.Create(record.Input));
        var current = await CurrentAsync();
        lock (_swap)
        {
            if ((_current ?? current).LastEdit >= next.LastEdit)
            {
                return;
            }

            _current = next;
        }

        await cache.EvictByTagAsync(CacheTag, default);
    }

    private static async Task<Snapshot> LoadAsync(StandingDataOptions options)
    {
        var record = await new StandingStore(options).LoadRecordAsync();
        return new(record, Registry.Create(record.Input));
    }
}
