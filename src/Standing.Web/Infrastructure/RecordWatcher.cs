namespace Standing.Web.Infrastructure;

/// <summary>
/// Brings in changes that other processes wrote (another web node, <c>standing edit</c>): woken by PostgreSQL's
/// notification of a committed change, or every second on SQLite, it reads the changes after the last one this node
/// has, and swaps in a new snapshot when there are any.
/// </summary>
public sealed class RecordWatcher(RegistrySource source, ILogger<RecordWatcher> log) : BackgroundService
{
    /// <summary>How long at most between two looks at the database.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await source.Store.WaitForChangeAsync(Interval, stoppingToken);
                var current = await source.CurrentAsync();
                var latest = await source.Store.RefreshAsync(current.Record, stoppingToken);
                if (!ReferenceEquals(latest, current.Record))
                {
                    await source.AdvanceAsync(latest);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or briefly unavailable database is asked again at the next tick.
                log.LogWarning("could not read new changes: {Reason}", e.Message);
            }
        }
    }
}
