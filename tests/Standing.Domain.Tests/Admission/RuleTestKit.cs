using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;

namespace Standing.Domain.Tests.Admission;

/// <summary>Small helpers for rule tests: a source, and contexts from counts or member votes.</summary>
internal static class RuleTestKit
{
    public static readonly RuleSource Src = new("https://example.org/statute", "Art 1");

    public static VoteContext Counts(int yes, int no, int abstain = 0, int absent = 0, int? bodySize = null) =>
        new(new Tally(yes, no, abstain, absent), null, bodySize, _ => new HashSet<EntityCode>(), _ => null);

    public static VoteContext Members(
        IEnumerable<(string Code, VoteChoice Choice)> votes,
        IReadOnlyDictionary<string, long>? weights = null,
        IEnumerable<string>? holders = null)
    {
        var ballots = votes.Select(v => new MemberVote(new EntityCode(v.Code), v.Choice)).ToList();
        var holderSet = (holders ?? []).Select(h => new EntityCode(h)).ToHashSet();
        var table = weights?.ToDictionary(w => new EntityCode(w.Key), w => w.Value);
        return new(Tally.From(ballots), ballots, ballots.Count, _ => holderSet,
            name => table is null ? null : table);
    }

    /// <summary>Codes AAA, AAB, ... for generated members.</summary>
    public static string Code(int i) => $"A{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}";

    public static MajorityRule TwoThirdsOfVotesCast() => new("two-thirds", "two thirds of votes cast", Src, [2, 3], MajorityBase.VotesCast);

    public static OrganisationId P5 => new("UNSC-P5");
}
