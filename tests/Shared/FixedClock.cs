namespace Standing.Tests;

/// <summary>A clock that always says <paramref name="now"/>: "today" in tests.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
