using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;

namespace Standing.Domain.Voting;

/// <summary>The vote a voter model is asked about.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Body">The body that votes.</param>
/// <param name="Subject">The applicant (or the subject of the motion).</param>
/// <param name="Date">The day of the vote: the model may use only what happened before it.</param>
/// <param name="Perspective">Whose account of recognitions applies.</param>
public sealed record VoteSetting(OrganisationId Organisation, string Body, EntityCode Subject, DateOnly Date, Perspective Perspective);

/// <summary>A factor that moved a member's forecast, and how far.</summary>
/// <param name="Factor">What it is, in words ("member of EU", "voted no on unesco-eb-2015-xkx").</param>
/// <param name="Towards">The choice it made likelier: yes, no, abstain or absent.</param>
/// <param name="Weight">Its effect on the log-probability of the member's likeliest choice; larger is stronger.</param>
public sealed record Reason(string Factor, string Towards, double Weight);

/// <summary>One member's forecast and why.</summary>
public sealed record VoterForecast(MemberStance Stance, IReadOnlyList<Reason> Reasons);

/// <summary>Gives each voter its stance on a vote: the category table is one such model, a model learned from roll calls another.</summary>
public interface IVoterModel
{
    /// <summary>A short name for the model, shown beside its figures.</summary>
    string Name { get; }

    /// <summary>The forecast for <paramref name="member"/>, whose prior category (after any what-if) is <paramref name="category"/>.</summary>
    VoterForecast Predict(VoteSetting setting, EntityCode member, string category);
}
