using Standing.Domain.Sources;

namespace Standing.Domain.Entities;

/// <summary>What kind of entity a code names.</summary>
public enum EntityKind
{
    /// <summary>A state that is a UN member or observer state.</summary>
    State,

    /// <summary>A state whose recognition is limited or contested (Kosovo, Taiwan, ...).</summary>
    StateLimited,

    /// <summary>A state in free association (Cook Islands, Niue).</summary>
    AssociatedState,

    /// <summary>A dependent territory (Montserrat, ...).</summary>
    Territory,
}

/// <summary>A state or other entity that recognises, is recognised, or belongs to organisations.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its common English name.</param>
/// <param name="Aliases">Other names and codes it is known by.</param>
/// <param name="Kind">What kind of entity it is.</param>
/// <param name="Source">Where the entity's name and status come from.</param>
public sealed record Entity(EntityCode Code, string Name, IReadOnlyList<string> Aliases, EntityKind Kind, SourceRef Source)
{
    /// <summary>Whether <paramref name="text"/> is this entity's code, name or one of its aliases (ignoring case).</summary>
    public bool IsKnownAs(string text) =>
        string.Equals(Code.Value, text, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Name, text, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
}
