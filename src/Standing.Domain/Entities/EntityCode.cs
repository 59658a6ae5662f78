namespace Standing.Domain.Entities;

/// <summary>The identifier of a state or other entity: an ISO 3166-1 alpha-3 code such as <c>FRA</c>.</summary>
/// <remarks>
/// Entities without an ISO code use user-assigned codes from the X range (Kosovo <c>XKX</c>, Abkhazia
/// <c>XAB</c>, ...). Codes are upper case; <see cref="TryParse"/> also accepts Kosovo's two-letter <c>XK</c>.
/// </remarks>
public readonly record struct EntityCode
{
    /// <summary>Kosovo, the first subject Standing tracks.</summary>
    public static readonly EntityCode Kosovo = new("XKX");

    /// <summary>Creates a code from three ASCII letters.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three ASCII letters.</exception>
    public EntityCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsThreeLetters(value))
        {
            throw new ArgumentException($"'{value}' is not a three-letter code.", nameof(value));
        }

        Value = value.ToUpperInvariant();
    }

    /// <summary>The upper-case code.</summary>
    public string Value { get; }

    /// <summary>Parses a code, accepting lower case and the alias <c>XK</c> for Kosovo.</summary>
    public static bool TryParse(string? text, out EntityCode code)
    {
        var t = text?.Trim() ?? "";
        if (string.Equals(t, "XK", StringComparison.OrdinalIgnoreCase))
        {
            code = Kosovo;
            return true;
        }

        code = IsThreeLetters(t) ? new EntityCode(t) : default;
        return IsThreeLetters(t);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsThreeLetters(string s) => s.Length == 3 && s.All(char.IsAsciiLetter);
}
