using System.Text.Json.Serialization;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;

namespace Standing.Domain.Admission.Rules;

/// <summary>Where a rule is written down.</summary>
/// <param name="Url">The page that states it, or <c>unverified</c>.</param>
/// <param name="Cites">The article or rule cited.</param>
public sealed record RuleSource(string Url, string Cites);

/// <summary>Whether a rule was met.</summary>
public enum RuleResult
{
    /// <summary>The rule is met.</summary>
    Passed,

    /// <summary>The rule is not met.</summary>
    Failed,

    /// <summary>The rule could not be checked with what the tally says (e.g. a veto without member votes).</summary>
    NotChecked,
}

/// <summary>What one rule said about one vote.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Result">Whether it was met.</param>
/// <param name="Required">The number of yes votes (or yes weight) the tally had to reach; null when no number of yes votes could pass (a veto, an objection under consensus) or the rule sets none.</param>
/// <param name="Reason">The arithmetic, in words.</param>
public sealed record RuleOutcome(string RuleId, RuleResult Result, long? Required, string Reason);

/// <summary>Everything a rule may look at: the tally, the member votes if known, the body and the date.</summary>
/// <param name="Tally">The counts.</param>
/// <param name="MemberVotes">How each member voted, when known.</param>
/// <param name="BodySize">The body's members on the date, when its roster is known.</param>
/// <param name="MembersOf">The members of an organisation on the vote's date (veto holders, weighted rosters).</param>
/// <param name="Weights">Vote weights by the name of a weights table, or null when no such table exists.</param>
public sealed record VoteContext(
    Tally Tally,
    IReadOnlyList<MemberVote>? MemberVotes,
    int? BodySize,
    Func<OrganisationId, IReadOnlySet<EntityCode>> MembersOf,
    Func<string, IReadOnlyDictionary<EntityCode, long>?> Weights)
{
    /// <summary>The number of members in the body: its roster on the date if known, else everyone in the tally.</summary>
    public int Members => BodySize ?? Tally.Total;
}

/// <summary>One rule of an admission procedure: a closed set of kinds, each with its own <see cref="Evaluate"/>.</summary>
/// <remarks>Rules are data (data/rules/*.json, kind in <c>kind</c>); adding a kind is a code change with tests.</remarks>
/// <param name="Id">The rule's id.</param>
/// <param name="Description">What it requires, in words.</param>
/// <param name="Source">Where it is written down.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(MajorityRule), "majority")]
[JsonDerivedType(typeof(UnanimityRule), "unanimity")]
[JsonDerivedType(typeof(ConsensusRule), "consensus")]
[JsonDerivedType(typeof(VetoRule), "veto")]
[JsonDerivedType(typeof(WeightedMajorityRule), "weighted-majority")]
[JsonDerivedType(typeof(DoubleMajorityRule), "double-majority")]
[JsonDerivedType(typeof(AllOfRule), "all-of")]
public abstract record AdmissionRule(string Id, string Description, RuleSource Source)
{
    /// <summary>The rule's kind as written in the data.</summary>
    [JsonIgnore]
    public string Kind => KindName;

    /// <summary>The kind's name; protected so that the serializer leaves it to the <c>kind</c> discriminator.</summary>
    protected abstract string KindName { get; }

    /// <summary>Applies the rule to a vote.</summary>
    public abstract RuleOutcome Evaluate(VoteContext context);

    /// <summary>This rule and every rule inside it.</summary>
    public virtual IEnumerable<AdmissionRule> Flatten() => [this];

    /// <summary>An outcome of this rule.</summary>
    protected RuleOutcome Outcome(bool passed, long? required, string reason) =>
        new(Id, passed ? RuleResult.Passed : RuleResult.Failed, required, reason);
}

/// <summary>What a majority is counted against.</summary>
public enum MajorityBase
{
    /// <summary>Yes plus no: "votes cast", "present and voting"; abstentions and absentees excluded.</summary>
    VotesCast,

    /// <summary>Yes, no and abstentions: the members present.</summary>
    Present,

    /// <summary>Every member of the body, present or not.</summary>
    Members,
}
