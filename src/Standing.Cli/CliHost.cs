using Standing.Data;
using Standing.Domain;

namespace Standing.Cli;

/// <summary>What every command needs from outside: the clock, and the registry loaded from the store.</summary>
/// <param name="clock">Where "today" comes from.</param>
/// <param name="dataDirectory">The data set to load; null for STANDING_DATA or the copy shipped with the program.</param>
internal sealed class CliHost(TimeProvider clock, string? dataDirectory = null)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The time a change or a key is recorded at.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The store of record at <paramref name="database"/> (else STANDING_DB, else the default).</summary>
    public StandingStore Store(string? database) => new(StandingDataOptions.Resolve(database, dataDirectory));

    /// <summary>The API keys kept in that database.</summary>
    public ApiKeys Keys(string? database) => new(StandingDataOptions.Resolve(database, dataDirectory));

    /// <summary>Opens the database (<paramref name="database"/>, else STANDING_DB, else the default) and reads the registry.</summary>
    public Task<Registry> LoadRegistryAsync(string? database, CancellationToken ct) => Store(database).LoadRegistryAsync(ct);
}
