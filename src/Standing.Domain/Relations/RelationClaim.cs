using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Relations;

/// <summary>Which end of a relation a claim is about.</summary>
public enum RelationChange
{
    /// <summary>The relation began (relations established, an embassy opened, passports accepted).</summary>
    Began,

    /// <summary>The relation ended (relations broken off, an embassy closed).</summary>
    Ended,
}

/// <summary>
/// A statement by a named party that a relation began or ended, such as "Liberia says it has not broken off diplomatic
/// relations". Claims let a perspective tell relations as one party does, like withdrawal claims for recognition.
/// </summary>
/// <param name="Id">A short unique id.</param>
/// <param name="Subject">The subject.</param>
/// <param name="State">The state the relation is with.</param>
/// <param name="Kind">What the relation is about.</param>
/// <param name="Value">Its value for the kind.</param>
/// <param name="Change">Whether the claim is about the relation beginning or ending.</param>
/// <param name="EventDate">When it is claimed to have begun or ended.</param>
/// <param name="Party">Who makes the statement (the government of this entity).</param>
/// <param name="SaidOn">When the party said it, if known.</param>
/// <param name="Stance">Whether the party asserts or denies the change.</param>
/// <param name="Status">What the sources conclude.</param>
/// <param name="Statement">What the party said, in a sentence.</param>
/// <param name="Source">Where the statement is reported.</param>
public sealed record RelationClaim(
    string Id,
    EntityCode Subject,
    EntityCode State,
    RelationKind Kind,
    string Value,
    RelationChange Change,
    PartialDate EventDate,
    EntityCode Party,
    PartialDate? SaidOn,
    ClaimStance Stance,
    ClaimStatus Status,
    string Statement,
    SourceRef Source)
{
    /// <summary>Whether this claim is about <paramref name="relation"/>: the same relation, and a date at its start (began) or within or at its end (ended).</summary>
    public bool Concerns(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (!relation.SameAs(Subject, State, Kind, Value))
        {
            return false;
        }

        return Change == RelationChange.Began
            ? EventDate.Covers(relation.Since.Date) || relation.Since.Covers(EventDate.Date)
            : relation.Period.Contains(EventDate.Date) || (relation.Period.End is { } end && EventDate.Covers(end));
    }
}
