using System.Globalization;

namespace Standing.Domain.Time;

/// <summary>How much of a <see cref="PartialDate"/> its source gives.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and month are known.</summary>
    Month,

    /// <summary>The exact day is known.</summary>
    Day,
}

/// <summary>A date as precise as its source: <c>2014</c>, <c>2014-10</c> or <c>2014-10-05</c>.</summary>
/// <remarks>
/// For ordering and "as of" questions a partial date counts as its first day (<c>2014-10</c> is 1 October 2014);
/// <see cref="ToString"/> gives back only what the source said, so no day or month is ever invented.
/// </remarks>
public readonly record struct PartialDate(DateOnly Date, DatePrecision Precision) : IComparable<PartialDate>
{
    /// <summary>A date known to the day.</summary>
    public static PartialDate Exact(DateOnly date) => new(date, DatePrecision.Day);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>.</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        var t = text?.Trim() ?? "";
        if (DateFormats.TryParseIso(t, out var day))
        {
            value = Exact(day);
            return true;
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            value = new(month, DatePrecision.Month);
            return true;
        }

        if (t.Length == 4 && DateOnly.TryParseExact(t, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year))
        {
            value = new(year, DatePrecision.Year);
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="day"/> lies within the period this date names (the year, month or day).</summary>
    public bool Covers(DateOnly day) => Precision switch
    {
        DatePrecision.Year => day.Year == Date.Year,
        DatePrecision.Month => day.Year == Date.Year && day.Month == Date.Month,
        _ => day == Date,
    };

    /// <inheritdoc />
    public int CompareTo(PartialDate other) => Date.CompareTo(other.Date);

    /// <summary>Orders by the first day.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by the first day.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by the first day.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by the first day.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The date as precise as its source: <c>2014</c>, <c>2014-10</c> or <c>2014-10-05</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToIsoString(),
    };
}
