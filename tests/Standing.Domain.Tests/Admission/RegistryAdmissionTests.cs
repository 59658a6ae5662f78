using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Chronicle;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;
using static Standing.Domain.Tests.Admission.RuleTestKit;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests.Admission;

public sealed class RegistryAdmissionTests
{
    private static readonly SourceRef Url = new(RegistryBuilder.Url);
    private static readonly RuleSource RuleSrc = new(RegistryBuilder.Url, "Art 1");

    // CLUB: members AAA, BBB, CCC; two rounds of two thirds of votes cast; consensus reading; a moratorium prerequisite
    private static RegistryBuilder Club() => new RegistryBuilder()
        .Recognised("AAA", "2008-02-18").Recognised("BBB", "2008-02-18")
        .Member("CLUB", "AAA", "2000-01-01", null).Member("CLUB", "BBB", "2000-01-01", null).Member("CLUB", "CCC", "2000-01-01", null)
        .Event(new SubjectEvent("moratorium", EntityCode.Kosovo, PartialDate.Exact(new(2020, 9, 4)), PartialDate.Exact(new(2021, 9, 4)),
            "moratorium", "No applications", "", Url))
        .Procedure(new AdmissionProcedure(new("CLUB"), "Admission", null, [RuleSrc],
            [new Stage("assembly", "assembly", "The assembly votes", new MajorityRule("two-thirds", "two thirds of votes cast", RuleSrc, [2, 3], MajorityBase.VotesCast), Rounds: 2,
                Readings: [new Reading("consensus", "a consensus reading", new ConsensusRule("c", "no objection", RuleSrc), RuleSrc)])],
            [new NoMoratoriumPrerequisite("no moratorium", true, RuleSrc, "moratorium")],
            [new OtherDecision("status", "assembly", "an observer status", new MajorityRule("half", "a majority of votes cast", RuleSrc, [1, 2], MajorityBase.VotesCast, Strict: true))]));

    private static Tally T(int yes, int no, int abstain = 0) => new(yes, no, abstain, 0);

    [Fact]
    public void EvaluateVote_AbsentNotGiven_FillsInFromTheRosterOnTheDate()
    {
        var verdict = Club().Build().EvaluateVote(new("CLUB"), null, 1, T(2, 0), absentGiven: false, null, Day("2010-01-01"));

        Assert.Equal(1, verdict.Tally.Absent);
        Assert.True(verdict.Passed);
        Assert.Equal((2L, 0L), (verdict.Required!.Value, verdict.Margin!.Value));
    }

    [Fact]
    public void EvaluateVote_ReadingsAreEvaluatedBesideTheRule()
    {
        var verdict = Club().Build().EvaluateVote(new("CLUB"), "assembly", 1, T(2, 1), false, null, Day("2010-01-01"));

        Assert.True(verdict.Passed);
        var (reading, outcome) = Assert.Single(verdict.Readings);
        Assert.Equal(("consensus", RuleResult.Failed), (reading.Id, outcome.Result));
    }

    [Theory]
    [InlineData(3, 1, 0, "yes/no/abstain")] // four votes in a body of three
    [InlineData(-1, 1, 0, "yes")]
    public void EvaluateVote_ImpossibleTally_NamesTheField(int yes, int no, int abstain, string field)
    {
        var e = Assert.Throws<VoteInputException>(() =>
            Club().Build().EvaluateVote(new("CLUB"), null, 1, T(yes, no, abstain), false, null, Day("2010-01-01")));

        Assert.Equal(field, e.ParamName);
    }

    [Fact]
    public void EvaluateVote_RoundBeyondTheRule_IsRefused()
    {
        var e = Assert.Throws<VoteInputException>(() => Club().Build().EvaluateVote(new("CLUB"), null, 3, T(2, 0), false, null, Day("2010-01-01")));

        Assert.Equal("round", e.ParamName);
        Assert.Contains("up to 2 rounds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateVote_UnknownBodyOrOrganisation_IsRefused()
    {
        var registry = Club().Build();

        Assert.Equal("body", Assert.Throws<VoteInputException>(() => registry.EvaluateVote(new("CLUB"), "senate", 1, T(2, 0), false, null, Day("2010-01-01"))).ParamName);
        Assert.Equal("organisation", Assert.Throws<VoteInputException>(() => registry.EvaluateVote(new("UN"), null, 1, T(2, 0), false, null, Day("2010-01-01"))).ParamName);
    }

    [Fact]
    public void EvaluateVote_MemberVoteByANonMember_IsRefused()
    {
        var e = Assert.Throws<VoteInputException>(() => Club().Build().EvaluateVote(new("CLUB"), null, 1, T(0, 0), false,
            [new MemberVote(new("AAA"), VoteChoice.Yes), new MemberVote(new("DDD"), VoteChoice.Yes)], Day("2010-01-01")));

        Assert.Contains("DDD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateVote_MemberVotes_CountTheTallyAndMarkTheRestAbsent()
    {
        var verdict = Club().Build().EvaluateVote(new("CLUB"), null, 1, T(0, 0), false,
            [new MemberVote(new("AAA"), VoteChoice.Yes), new MemberVote(new("BBB"), VoteChoice.No)], Day("2010-01-01"));

        Assert.Equal(new Tally(1, 1, 0, 1), verdict.Tally);
        Assert.False(verdict.Passed);
    }

    [Fact]
    public void CheckAdmission_AfterAFailedVote_ListsTheStageAsMissingWithItsVerdict()
    {
        var registry = Club()
            .Vote(new RecordedVote("v1", new("CLUB"), "assembly", 1, "admission", EntityCode.Kosovo, new(2018, 11, 20), T(1, 1), false, VoteOutcome.Failed, Ballot.NotPublished, Url))
            .Build();

        var check = registry.CheckAdmission(EntityCode.Kosovo, new("CLUB"), Day("2019-01-01"), Perspective.Default);

        var stage = Assert.Single(check.Stages);
        Assert.Equal("v1", stage.LastVote!.Id);
        Assert.False(stage.Passed);
        Assert.Equal(["assembly"], check.Missing);
        Assert.Equal((3, 2), (stage.Members!.Value, stage.Recognising!.Value));
    }

    [Fact]
    public void CheckAdmission_StatusVotes_DoNotCountAsAdmissionStages()
    {
        var registry = Club()
            .Vote(new RecordedVote("s1", new("CLUB"), "assembly", 1, "status", EntityCode.Kosovo, new(2018, 11, 20), T(3, 0), false, VoteOutcome.Passed, Ballot.NotPublished, Url))
            .Build();

        Assert.Null(registry.CheckAdmission(EntityCode.Kosovo, new("CLUB"), Day("2019-01-01"), Perspective.Default).Stages[0].LastVote);
    }

    [Theory]
    [InlineData("2020-09-03", true)]
    [InlineData("2020-09-04", false)] // the moratorium starts
    [InlineData("2021-09-03", false)]
    [InlineData("2021-09-04", true)]  // and ends, half-open
    public void CheckAdmission_Moratorium_InForceOnItsDaysOnly(string day, bool met)
    {
        var check = Club().Build().CheckAdmission(EntityCode.Kosovo, new("CLUB"), Day(day), Perspective.Default);

        Assert.Equal(met, Assert.Single(check.Prerequisites).Met);
    }

    [Fact]
    public void CheckAdmission_UnanimityStage_ListsNonRecognisersAsBlockers()
    {
        var registry = new RegistryBuilder()
            .Recognised("AAA", "2008-02-18")
            .Member("CLUB", "AAA", "2000-01-01", null).Member("CLUB", "BBB", "2000-01-01", null)
            .Procedure(new AdmissionProcedure(new("CLUB"), "Admission", null, [RuleSrc],
                [new Stage("assembly", "assembly", "all agree", new UnanimityRule("u", "unanimity", RuleSrc, true, true))], null))
            .Build();

        var stage = registry.CheckAdmission(EntityCode.Kosovo, new("CLUB"), Day("2010-01-01"), Perspective.Default).Stages[0];

        Assert.Equal(["BBB"], stage.Blockers.Select(b => b.Value));
    }
}
