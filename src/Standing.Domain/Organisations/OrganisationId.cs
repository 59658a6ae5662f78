namespace Standing.Domain.Organisations;

/// <summary>The identifier of an organisation or sub-roster: <c>UN</c>, <c>UNSC-P5</c>, <c>ARAB-LEAGUE</c>, ...</summary>
/// <remarks>Upper-case letters, digits and hyphens; parsing ignores case.</remarks>
public readonly record struct OrganisationId
{
    /// <summary>Creates an id.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters other than letters, digits and hyphens.</exception>
    public OrganisationId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{value}' is not an organisation id.", nameof(value));
        }

        Value = value.ToUpperInvariant();
    }

    /// <summary>The upper-case id.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
