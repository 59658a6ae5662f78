using System.Globalization;

namespace Standing.Domain.Time;

/// <summary>ISO 8601 calendar dates, the only date format Standing reads or writes.</summary>
public static class DateFormats
{
    /// <summary>The <c>yyyy-mm-dd</c> pattern.</summary>
    public const string Iso = "yyyy-MM-dd";

    /// <summary>Parses an exact <c>yyyy-mm-dd</c> date; returns false for impossible dates such as 2020-13-45.</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Formats a date as <c>yyyy-mm-dd</c>.</summary>
    public static string ToIsoString(this DateOnly date) => date.ToString(Iso, CultureInfo.InvariantCulture);
}
