using Standing.Domain.Entities;
using Standing.Domain.Sources;

namespace Standing.Domain.Cooperation;

/// <summary>The identifier of an agency: <c>XKX-POLICE</c>, <c>EULEX</c>, <c>NCB-DEU</c>, ...</summary>
/// <remarks>Upper-case letters, digits and hyphens; parsing ignores case.</remarks>
public readonly record struct AgencyId
{
    /// <summary>Creates an id.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has other characters.</exception>
    public AgencyId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{value}' is not an agency id.", nameof(value));
        }

        Value = value.ToUpperInvariant();
    }

    /// <summary>The upper-case id.</summary>
    public string Value { get; }

    /// <summary>The National Central Bureau of a state: <c>NCB-DEU</c>.</summary>
    public static AgencyId Ncb(EntityCode state) => new($"{NcbPrefix}{state.Value}");

    /// <summary>The national police of a state: <c>DEU-POLICE</c>.</summary>
    public static AgencyId Police(EntityCode state) => new($"{state.Value}{PoliceSuffix}");

    /// <summary>The state an <c>NCB-XXX</c> or <c>XXX-POLICE</c> id belongs to, if it is one.</summary>
    public EntityCode? Country => Value switch
    {
        _ when Value.StartsWith(NcbPrefix, StringComparison.Ordinal) && EntityCode.TryParse(Value[NcbPrefix.Length..], out var c) && Value.Length == NcbPrefix.Length + 3 => c,
        _ when Value.EndsWith(PoliceSuffix, StringComparison.Ordinal) && Value.Length == 3 + PoliceSuffix.Length && EntityCode.TryParse(Value[..3], out var p) => p,
        _ => null,
    };

    /// <summary>Whether this is an <c>NCB-XXX</c> id.</summary>
    public bool IsNcb => Country is not null && Value.StartsWith(NcbPrefix, StringComparison.Ordinal);

    internal const string NcbPrefix = "NCB-";
    internal const string PoliceSuffix = "-POLICE";

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An agency that requests pass through.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">police, unit, mission, liaison-office, secretariat, agency or ministry.</param>
/// <param name="Country">The state it belongs to, if national.</param>
/// <param name="Parent">The agency it is part of, if any.</param>
/// <param name="Source">Where it is described.</param>
public sealed record Agency(AgencyId Id, string Name, string Kind, EntityCode? Country, AgencyId? Parent, SourceRef Source);
