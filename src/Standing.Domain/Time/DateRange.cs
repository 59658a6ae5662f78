namespace Standing.Domain.Time;

/// <summary>A span of calendar days, such as a period of membership.</summary>
/// <remarks>
/// Half-open: the range includes <see cref="Start"/> and excludes <see cref="End"/>, so back-to-back periods
/// meet without overlapping. A null <see cref="End"/> means the span is still open today.
/// A <see cref="Start"/> of <see cref="DateOnly.MinValue"/> means "since before the records begin".
/// </remarks>
public readonly record struct DateRange
{
    /// <summary>Creates a range from <paramref name="start"/> (included) to <paramref name="end"/> (excluded).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public DateRange(DateOnly start, DateOnly? end)
    {
        if (end is { } e && e <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "End must be after start.");
        }

        (Start, End) = (start, end);
    }

    /// <summary>The first day in the range.</summary>
    public DateOnly Start { get; }

    /// <summary>The first day no longer in the range, or null while the range is open.</summary>
    public DateOnly? End { get; }

    /// <summary>Whether <paramref name="day"/> falls in the range.</summary>
    public bool Contains(DateOnly day) => day >= Start && (End is null || day < End);

    /// <summary>Whether the two ranges share at least one day.</summary>
    public bool Overlaps(DateRange other) =>
        (other.End is null || Start < other.End) && (End is null || other.Start < End);

    /// <inheritdoc />
    public override string ToString() =>
        $"[{(Start == DateOnly.MinValue ? "…" : Start.ToIsoString())}, {End?.ToIsoString() ?? "…"})";
}
