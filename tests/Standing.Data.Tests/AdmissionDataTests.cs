using Standing.Data.Files;
using static Standing.Data.Tests.RepositoryRegistry;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Time;

namespace Standing.Data.Tests;

/// <summary>The repository's admission rules and recorded votes, checked against history.</summary>
public sealed class AdmissionDataTests
{
    private static Registry R => RepositoryRegistry.Registry;

    public static TheoryData<string> RecordedVotes() => [.. DataSetReader.Read(RepositoryData.Directory).Input.Votes.Select(v => v.Value.Id)];

    [Theory]
    [MemberData(nameof(RecordedVotes))]
    public void RecordedVote_EngineVerdict_MatchesHistory(string id)
    {
        var vote = R.Votes.Single(v => v.Id == id);

        var verdict = R.Evaluate(vote);

        Assert.True(verdict.Passed == (vote.Outcome == VoteOutcome.Passed), $"{id}: history says {vote.Outcome}; engine: {verdict.Explanation}");
    }

    [Theory]
    [MemberData(nameof(RecordedVotes))]
    public void RollCall_EveryMemberListed_SitsInTheBodyOnTheDay(string id)
    {
        var vote = R.Votes.Single(v => v.Id == id);
        var roster = R.BodyRoster(vote.Organisation, vote.Body, vote.Date);

        var strangers = R.RollCall(id).Select(e => e.Member).Concat(R.DelegationVotes(id).Select(d => d.Member))
            .Where(m => roster is not null && !roster.Contains(m)).ToList();

        Assert.True(strangers.Count == 0, $"{id}: not in {vote.Organisation} {vote.Body} on {vote.Date:yyyy-MM-dd}: {string.Join(", ", strangers)}");
        // A roll call lists every vote cast; where the number of absentees is recorded too, it names the whole roster.
        if (vote.Ballot == Ballot.RollCall && vote.AbsentKnown && roster is not null)
        {
            Assert.Equal(roster.Count, R.RollCall(id).Count);
        }
    }

    [Fact]
    public void RecordedVotes_IncludeBothInterpol2018Rounds()
    {
        var rounds = R.Votes.Where(v => v.Organisation.Value == "INTERPOL" && v.Subject == EntityCode.Kosovo && v.Date == new DateOnly(2018, 11, 20))
            .OrderBy(v => v.Round).Select(v => (v.Round, v.Tally.Yes, v.Tally.No, v.Tally.Abstain)).ToList();

        Assert.Equal([(1, 76, 56, 22), (2, 68, 51, 16)], rounds);
    }

    [Theory]
    [InlineData("UN")]
    [InlineData("UNESCO")]
    [InlineData("INTERPOL")]
    [InlineData("COE")]
    [InlineData("NATO")]
    [InlineData("EU")]
    [InlineData("OSCE")]
    [InlineData("OIC")]
    [InlineData("ARAB-LEAGUE")]
    [InlineData("CARICOM")]
    [InlineData("IMF")]
    [InlineData("WORLD-BANK")]
    [InlineData("WCO")]
    [InlineData("EBRD")]
    public void Procedure_EveryOrganisationInTheRegistry_HasOneWithSourcedRules(string org)
    {
        var procedure = R.Procedure(new OrganisationId(org));

        Assert.NotNull(procedure);
        Assert.All(procedure.Stages.SelectMany(s => s.Rule.Flatten()), r => Assert.False(string.IsNullOrWhiteSpace(r.Source.Url), r.Id));
    }

    [Theory]
    [InlineData("2018-11-20", 88, 44, 22, true, 88)]  // exactly two thirds of 132
    [InlineData("2018-11-20", 87, 44, 0, false, 88)]  // one vote short
    public void Interpol_AtAndBelowTwoThirds(string day, int yes, int no, int abstain, bool passed, long required)
    {
        var verdict = R.EvaluateVote(new("INTERPOL"), null, 1, new Tally(yes, no, abstain, 0), false, null, D(day));

        Assert.Equal((passed, required), (verdict.Passed, verdict.Required!.Value));
    }

    [Fact]
    public void Un_SecurityCouncilBlockers_AreThePermanentMembersThatDoNotRecognise()
    {
        var check = R.CheckAdmission(EntityCode.Kosovo, new("UN"), D("2024-12-31"), Perspective.Default);

        Assert.Equal(["CHN", "RUS"], check.Stages.Single(s => s.Stage.Body == "security-council").Blockers.Select(b => b.Value));
    }

    [Fact]
    public void Unesco_Kosovo2016_BoardRecommendationSpentByTheConference()
    {
        var check = R.CheckAdmission(EntityCode.Kosovo, new("UNESCO"), D("2016-01-01"), Perspective.Default);

        // The 2015 recommendation was made to the 38th General Conference, which voted on 2015-11-09: a new bid needs a new one.
        Assert.Equal(["executive-board", "general-conference"], check.Missing);
        Assert.Equal(D("2015-11-09"), check.Stages.Single(s => s.Stage.Body == "executive-board").SpentBy!.Date);
        Assert.Equal(95L, check.Stages.Single(s => s.Stage.Body == "general-conference").Verdict!.Required);
    }

    [Theory]
    [InlineData("2021-01-01", false)]
    [InlineData("2022-01-01", true)]
    public void Interpol_WashingtonMoratorium_BlocksApplicationsForOneYear(string day, bool met)
    {
        var check = R.CheckAdmission(EntityCode.Kosovo, new("INTERPOL"), D(day), Perspective.Default);

        Assert.Equal(met, check.Prerequisites.Single(p => p.Prerequisite is NoMoratoriumPrerequisite).Met);
    }

    [Fact]
    public void Weights_ImfTable_IsLoadedForTheWeightedRule()
    {
        var verdict = R.EvaluateVote(new("IMF"), null, 1, new Tally(3_000_000, 1_000_000, 0, 0), false, null, D("2024-12-31"));

        Assert.True(verdict.Passed);
        Assert.Equal(2_000_001L, verdict.Required);
    }

}
