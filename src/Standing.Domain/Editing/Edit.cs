using Standing.Domain.Sources;

namespace Standing.Domain.Editing;

/// <summary>What one change did to a fact.</summary>
public enum EditAction
{
    /// <summary>A new fact was recorded.</summary>
    Added,

    /// <summary>A fact's values were corrected.</summary>
    Corrected,

    /// <summary>A fact was withdrawn from the record (it stays in the history).</summary>
    Retracted,

    /// <summary>An earlier change was undone: the fact is put back as it was before that change.</summary>
    Reverted,
}

/// <summary>One accepted change to the record: who made it, when, on what source, and the fact before and after.</summary>
/// <param name="Id">Its place in the order of all changes (1, 2, ...).</param>
/// <param name="Kind">The kind of fact it changed.</param>
/// <param name="Fact">The id of the fact it changed (<see cref="FactKind.IdOf"/>): the id the fact had when first recorded.</param>
/// <param name="Version">The fact's version after the change; a fact shipped with the data set and never edited is version 0.</param>
/// <param name="Action">What the change did.</param>
/// <param name="Before">The fact before the change (a value of the kind's type); null when it did not exist (or was retracted).</param>
/// <param name="After">The fact after the change; null when it was retracted.</param>
/// <param name="Author">Who made the change (the name of the key or the user).</param>
/// <param name="At">When it was made.</param>
/// <param name="Source">The page the change rests on, or <c>unverified</c>.</param>
/// <param name="Note">The editor's note: required when the source is <c>unverified</c>.</param>
/// <param name="Reverts">For a revert, the id of the change it undid.</param>
public sealed record Edit(
    long Id, FactKind Kind, string Fact, int Version, EditAction Action, object? Before, object? After,
    string Author, DateTimeOffset At, SourceRef Source, string? Note = null, long? Reverts = null);

/// <summary>A change someone asks for: the fact's new values (null to retract) and what it rests on.</summary>
/// <param name="Action">Added, corrected or retracted (reverts are asked for with <see cref="Reverts"/>).</param>
/// <param name="Kind">The kind of fact; null for a revert, which changes the fact its change did.</param>
/// <param name="Fact">The fact to correct or retract; null when adding.</param>
/// <param name="After">The fact's new values, a value of the kind's type; null when retracting or reverting.</param>
/// <param name="IfTag">The fact's tag (<see cref="FactTags"/>) as the asker last saw it; required to change an existing fact.</param>
/// <param name="Author">Who asks.</param>
/// <param name="At">When.</param>
/// <param name="Source">The page the change rests on, or <c>unverified</c>.</param>
/// <param name="Note">The editor's note.</param>
/// <param name="Reverts">For a revert, the change to undo.</param>
public sealed record Change(
    EditAction Action, FactKind? Kind, string? Fact, object? After, string? IfTag, string Author, DateTimeOffset At, SourceRef Source, string? Note = null, long? Reverts = null);

/// <summary>Why a change was not made, beyond the data's own soundness.</summary>
public enum Rejection
{
    /// <summary>No fact (or no change, for a revert) has that id.</summary>
    NotFound,

    /// <summary>The fact to add is already recorded.</summary>
    Exists,

    /// <summary>The change to an existing fact did not say which version it changes.</summary>
    TagRequired,

    /// <summary>The fact changed since the asker saw it.</summary>
    Stale,

    /// <summary>The data would be unsound; see the refusals.</summary>
    Unsound,

    /// <summary>The fact already has the values asked for: a change that changes nothing is not recorded.</summary>
    Unchanged,
}

/// <summary>The outcome of asking for a change: the edit to store, or why not.</summary>
/// <param name="Edit">The edit, when accepted.</param>
/// <param name="Rejection">Why not, otherwise.</param>
/// <param name="Refusals">For an unsound change, each field at fault.</param>
/// <param name="Kind">For an unchanged one, the kind of the fact it concerns (for a revert, the fact its change changed).</param>
/// <param name="Fact">For an unchanged one, that fact's id.</param>
public sealed record Proposal(Edit? Edit, Rejection? Rejection = null, IReadOnlyList<Refusal>? Refusals = null, FactKind? Kind = null, string? Fact = null)
{
    /// <summary>A change not made, and why.</summary>
    public static Proposal Rejected(Rejection why, params Refusal[] refusals) => new(null, why, refusals);
}

/// <summary>The tags by which a writer says which version of a fact it saw (HTTP's ETag and If-Match).</summary>
public static class FactTags
{
    /// <summary>The fact's version and a hash of its values: a shipped fact whose values change in a new release gets a new tag.</summary>
    public static string Of(FactKind kind, object value, int version)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(value);
        var text = $"{kind.Name}|{kind.TextOf(value)}";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return $"\"{version}-{Convert.ToHexStringLower(hash)[..12]}\"";
    }
}
