using System.Text.Json.Serialization;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Organisations;

namespace Standing.Domain.Admission;

/// <summary>How one organisation admits a member: stages in order, each a body deciding under a rule.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Title">What the procedure is.</param>
/// <param name="Summary">The procedure in a few sentences.</param>
/// <param name="Sources">Where it is written down.</param>
/// <param name="Stages">The decisions, in order.</param>
/// <param name="Prerequisites">What must hold before or between stages.</param>
/// <param name="OtherDecisions">Decisions on statuses other than membership, such as an observer upgrade.</param>
public sealed record AdmissionProcedure(
    OrganisationId Organisation,
    string Title,
    string? Summary,
    IReadOnlyList<RuleSource> Sources,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Prerequisite>? Prerequisites,
    IReadOnlyList<OtherDecision>? OtherDecisions = null)
{
    /// <summary>The motion name of a vote on a stage of this procedure.</summary>
    public const string AdmissionMotion = "admission";

    /// <summary>
    /// The stage that decides <paramref name="motion"/> in <paramref name="bodyId"/>: an admission stage, or an
    /// <see cref="OtherDecision"/> as a one-round stage; null when there is none.
    /// </summary>
    public Stage? StageFor(string bodyId, string motion) => motion == AdmissionMotion
        ? StageFor(bodyId)
        : OtherDecisions?.FirstOrDefault(d => d.Id == motion && d.Body == bodyId) is { } d ? new Stage(d.Id, d.Body, d.Description, d.Rule) : null;

    /// <summary>The stage decided by <paramref name="bodyId"/>, or null.</summary>
    public Stage? StageFor(string bodyId) => Stages.FirstOrDefault(s => s.Body == bodyId);

    /// <summary>The last stage: the body whose vote decides.</summary>
    [JsonIgnore]
    public Stage DecidingStage => Stages[^1];
}

/// <summary>One decision of an admission procedure.</summary>
/// <param name="Id">The stage's id.</param>
/// <param name="Body">The deciding body (a body id of the organisation).</param>
/// <param name="Description">What happens at this stage.</param>
/// <param name="Rule">The rule the organisation applies.</param>
/// <param name="Rounds">How many rounds of voting the body may hold on one application.</param>
/// <param name="Readings">Other readings of the rule where sources disagree; not applied.</param>
/// <param name="Lapses">How long a vote passed at this stage stands, where a source says; null: it stands until the procedure ends.</param>
public sealed record Stage(string Id, string Body, string Description, AdmissionRule Rule, int Rounds = 1, IReadOnlyList<Reading>? Readings = null, Lapse? Lapses = null);

/// <summary>
/// A passed stage (a recommendation) stands only for the next vote of a later stage: that vote, whatever its outcome,
/// spends it, and a new application needs a new recommendation.
/// </summary>
/// <param name="Description">What the source says, in words.</param>
/// <param name="Source">Where it is written down.</param>
public sealed record Lapse(string Description, RuleSource Source);

/// <summary>A decision of a body on something other than membership, with its own rule.</summary>
/// <param name="Id">The motion's id, as recorded votes name it (<c>status</c>).</param>
/// <param name="Body">The body that decides.</param>
/// <param name="Description">What is decided.</param>
/// <param name="Rule">The rule that applies.</param>
public sealed record OtherDecision(string Id, string Body, string Description, AdmissionRule Rule);

/// <summary>Another reading of a stage's rule, recorded where sources disagree.</summary>
/// <param name="Id">The reading's id.</param>
/// <param name="Description">What it says and why it is not the one applied.</param>
/// <param name="Rule">The rule under this reading.</param>
/// <param name="Source">Where the reading comes from.</param>
public sealed record Reading(string Id, string Description, AdmissionRule Rule, RuleSource Source);

/// <summary>Something that must hold for an admission to proceed.</summary>
/// <param name="Description">What it requires, in words.</param>
/// <param name="Binding">False where it is practice rather than law.</param>
/// <param name="Source">Where it is written down.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StagePassedPrerequisite), "stage-passed")]
[JsonDerivedType(typeof(MemberOfPrerequisite), "member-of")]
[JsonDerivedType(typeof(NoMoratoriumPrerequisite), "no-moratorium")]
public abstract record Prerequisite(string Description, bool Binding, RuleSource Source);

/// <summary>A stage must have passed before another is held (the Executive Board's recommendation before UNESCO's General Conference).</summary>
public sealed record StagePassedPrerequisite(string Description, bool Binding, RuleSource Source, string Stage, string? Before = null)
    : Prerequisite(Description, Binding, Source);

/// <summary>The applicant must belong to another organisation (the IMF before the World Bank).</summary>
public sealed record MemberOfPrerequisite(string Description, bool Binding, RuleSource Source, OrganisationId Organisation)
    : Prerequisite(Description, Binding, Source);

/// <summary>No moratorium on applications (an events.csv moratorium) may be in force.</summary>
public sealed record NoMoratoriumPrerequisite(string Description, bool Binding, RuleSource Source, string Event)
    : Prerequisite(Description, Binding, Source);
