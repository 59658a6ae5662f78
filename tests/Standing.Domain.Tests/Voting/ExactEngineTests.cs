using Standing.Domain.Admission;
using Standing.Domain.Entities;
using Standing.Domain.Voting;

namespace Standing.Domain.Tests.Voting;

public sealed class ExactEngineTests
{
    [Fact]
    public void Probability_Un196_MatchesThePublishedValue()
    {
        Assert.Equal(0.968393561694575, ExactEngine.Probability(Un196.Members(), Un196.TwoThirds), 1e-13);
    }

    [Fact]
    public void Probability_Un196WithQuorum_MatchesThePublishedValue()
    {
        var withQuorum = Un196.TwoThirds with { Quorum = 99 };

        Assert.Equal(0.968393561694573, ExactEngine.Probability(Un196.Members(), withQuorum), 1e-13);
    }

    [Fact]
    public void Swing_Un196_FirstMemberMatchesThePublishedValue()
    {
        Assert.Equal(0.01417773, ExactEngine.Swing(Un196.Members(), Un196.TwoThirds)[0], 1e-8);
    }

    public static TheoryData<LinearCriterion> Criteria() =>
    [
        Un196.TwoThirds,
        new LinearCriterion(1, 1, 0, 0, true, 1, null),   // more yes than no
        new LinearCriterion(1, 2, 2, 0, false, 1, null),  // two thirds of those present
        new LinearCriterion(1, 0, 0, 4, false, 1, null),  // at least 4 of the members
        Un196.TwoThirds with { Quorum = 4 },
    ];

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Probability_SmallBodies_AgreesWithExhaustiveEnumeration(LinearCriterion criterion)
    {
        var members = Un196.Members(7);

        Assert.Equal(Enumerate(members, criterion, _ => false), ExactEngine.Probability(members, criterion), 1e-12);
    }

    [Fact]
    public void Probability_WithVetoHolders_AgreesWithEnumeration()
    {
        var members = Un196.Members(7);
        static bool Holder(int i) => i < 2;

        Assert.Equal(Enumerate(members, Un196.TwoThirds, Holder), ExactEngine.Probability(members, Un196.TwoThirds, Holder), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Swing_PrefixSuffixTables_AgreeWithRerunningTheEngine(LinearCriterion criterion)
    {
        var members = Un196.Members(9);

        var swing = ExactEngine.Swing(members, criterion);

        for (var i = 0; i < members.Count; i++)
        {
            var copy = members.ToArray();
            copy[i] = members[i].Certain(VoteChoice.Yes);
            var yes = ExactEngine.Probability(copy, criterion);
            copy[i] = members[i].Certain(VoteChoice.No);
            Assert.Equal(yes - ExactEngine.Probability(copy, criterion), swing[i], 1e-12);
        }
    }

    [Fact]
    public void YesDistribution_SumsToOneAndHasTheRightMean()
    {
        var members = Un196.Members();

        var p = ExactEngine.YesDistribution(members);

        Assert.Equal(1.0, p.Sum(), 1e-12);
        Assert.Equal(members.Sum(m => m.Yes), p.Select((q, k) => q * k).Sum(), 1e-9);
    }

    [Fact]
    public void MemberStance_ProbabilitiesNotSummingToOne_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new MemberStance("AAA", 0.5, 0.5, 0.5, 0));
    }

    /// <summary>Sums the probability of every one of the 4^n vote combinations that passes.</summary>
    private static double Enumerate(IReadOnlyList<MemberStance> members, LinearCriterion c, Func<int, bool> holder)
    {
        var total = 0.0;
        var combos = (int)Math.Pow(4, members.Count);
        for (var code = 0; code < combos; code++)
        {
            var (p, yes, no, abstain, vetoed, x) = (1.0, 0, 0, 0, false, code);
            for (var i = 0; i < members.Count; i++, x /= 4)
            {
                var m = members[i];
                switch (x % 4)
                {
                    case 0: p *= m.Yes; yes++; break;
                    case 1: p *= m.No; no++; vetoed |= holder(i); break;
                    case 2: p *= m.Abstain; abstain++; break;
                    default: p *= m.Absent; break;
                }
            }

            total += !vetoed && c.IsMetBy(yes, no, abstain) ? p : 0;
        }

        return total;
    }
}
