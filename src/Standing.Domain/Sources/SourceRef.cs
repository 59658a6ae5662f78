namespace Standing.Domain.Sources;

/// <summary>The source a fact rests on: the URL of a page that states it, or <c>unverified</c>.</summary>
public readonly record struct SourceRef
{
    /// <summary>The marker written where no source could be found.</summary>
    public const string UnverifiedMarker = "unverified";

    /// <summary>Creates a reference from a URL or the word <c>unverified</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public SourceRef(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim();
    }

    /// <summary>The URL, or <c>unverified</c>.</summary>
    public string Value { get; }

    /// <summary>Whether a published source states the fact.</summary>
    public bool IsVerified => !string.Equals(Value, UnverifiedMarker, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Value;
}
