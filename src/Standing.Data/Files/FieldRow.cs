using System.Globalization;
using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Data.Files;

/// <summary>
/// One fact's fields by name (a CSV record under its header, or the values of a change), with typed accessors that report
/// a bad or missing field, naming it, instead of throwing.
/// </summary>
/// <param name="value">The field's text by name; null when there is no such field.</param>
/// <param name="report">Called with the field (null: the whole fact), a problem code and a message for each problem.</param>
/// <param name="name">How messages name a field (a change names a file's columns its own way); as it is by default.</param>
internal sealed class FieldRow(Func<string, string?> value, Action<string?, string, string> report, Func<string, string>? name = null)
{
    public bool IsValid { get; private set; } = true;

    /// <summary>The field's name in messages.</summary>
    public string Name(string field) => name?.Invoke(field) ?? field;

    /// <summary>Builds the fact; false when any field is bad (each has been reported).</summary>
    public bool TryBuild<T>(Func<FieldRow, T> build, out T fact)
    {
        try
        {
            fact = build(this);
        }
        catch (ArgumentException e)
        {
            Fail("bad-value", e.Message.Split(" (Parameter")[0]);
            fact = default!;
        }

        return IsValid;
    }

    public void Fail(string code, string message) => Fail(null, code, message);

    public void Fail(string? field, string code, string message)
    {
        IsValid = false;
        report(field, code, message);
    }

    public string? Optional(string field)
    {
        var text = value(field)?.Trim() ?? "";
        return text.Length == 0 ? null : text;
    }

    public string Text(string field)
    {
        var text = Optional(field);
        if (text is null)
        {
            Fail(field, "missing-value", $"{Name(field)} is empty");
        }

        return text ?? "";
    }

    public PartialDate Date(string field) => OptionalDate(field, required: true) ?? default;

    public PartialDate? OptionalDate(string field, bool required = false)
    {
        var text = required ? Text(field) : Optional(field);
        if (text is null || text.Length == 0)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Fail(field, "bad-date", $"{Name(field)} '{text}' is not a date (yyyy-mm-dd, yyyy-mm or yyyy)");
        return null;
    }

    public DateOnly ExactDate(string field)
    {
        var text = Text(field);
        if (text.Length > 0 && !DateFormats.TryParseIso(text, out var day))
        {
            Fail(field, "bad-date", $"{Name(field)} '{text}' is not a date (yyyy-mm-dd)");
            return default;
        }

        return DateFormats.TryParseIso(text, out day) ? day : default;
    }

    public EntityCode Code(string field)
    {
        var text = Text(field);
        if (text.Length > 0 && !EntityCode.TryParse(text, out _))
        {
            Fail(field, "bad-code", $"{Name(field)} '{text}' is not a three-letter code");
        }

        return EntityCode.TryParse(text, out var code) ? code : default;
    }

    public SourceRef Source()
    {
        var text = Optional("source");
        if (text is null)
        {
            Fail("source", "missing-source", $"{Name("source")} is empty: give the URL that states this fact, or 'unverified'");
            return default;
        }

        return new SourceRef(text);
    }

    public T Choice<T>(string field, IReadOnlyDictionary<string, T> allowed)
    {
        var text = Text(field);
        if (text.Length > 0 && !allowed.ContainsKey(text))
        {
            Fail(field, "bad-value", $"{Name(field)} '{text}' is not one of {string.Join(", ", allowed.Keys)}");
        }

        return allowed.TryGetValue(text, out var choice) ? choice : default!;
    }

    /// <summary>The field's count, or null when it is empty: a count the source does not give.</summary>
    public int? OptionalCount(string field) => Optional(field) is null ? null : Count(field);

    /// <summary>A whole number that fits a count (up to 2,147,483,647).</summary>
    public int Count(string field) => (int)Whole(field, int.MaxValue);

    /// <summary>A whole number up to <paramref name="max"/> (and as far below zero).</summary>
    public long Whole(string field, long max) =>
        Parsed<long>(field, t => long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n <= max && n >= -max ? n : (long?)null, $"a whole number up to {max}");

    public decimal Number(string field) =>
        Parsed<decimal>(field, t => decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null, "a number");

    /// <summary>The field parsed, or 0 and a problem naming it.</summary>
    private T Parsed<T>(string field, Func<string, T?> parse, string what)
        where T : struct
    {
        var text = Text(field);
        if (parse(text) is { } value)
        {
            return value;
        }

        if (text.Length > 0)
        {
            Fail(field, "bad-number", $"{Name(field)} '{text}' is not {what}");
        }

        return default;
    }
}
