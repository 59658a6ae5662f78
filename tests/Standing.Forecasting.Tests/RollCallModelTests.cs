using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Tests;
using Standing.Domain.Voting;

namespace Standing.Forecasting.Tests;

/// <summary>The model learned from roll calls: the category table where there is no record, moved by the record, and never by the future.</summary>
public sealed class RollCallModelTests
{
    private static readonly SourceRef Src = new(RegistryBuilder.Url);
    private static readonly RuleSource RuleSrc = new(RegistryBuilder.Url, "Art 1");
    private static readonly PriorStance Recogniser = new(0.7, 0.05, 0.1, 0.15);

    private static readonly ForecastPriors Priors = new(
        new Dictionary<string, PriorStance>
        {
            ["recognises"] = Recogniser,
            ["disputed"] = new(0.25, 0.35, 0.2, 0.2),
            ["withdrew"] = new(0.05, 0.6, 0.15, 0.2),
            ["non-recogniser-stated"] = new(0.02, 0.58, 0.16, 0.24),
            ["non-recogniser"] = new(0.1, 0.4, 0.25, 0.25),
            ["contesting-state"] = new(0, 1, 0, 0),
        },
        [], 0.3, "test");

    private static readonly VoteSetting Later = new(new("CLUB"), "assembly", EntityCode.Kosovo, new(2020, 1, 1), Perspective.Default);

    // CLUB: AAA, BBB and CCC all recognise Kosovo; a simple majority of votes cast.
    private static RegistryBuilder Club() => new RegistryBuilder()
        .Recognised("AAA", "2008-02-18").Recognised("BBB", "2008-02-18").Recognised("CCC", "2008-02-18")
        .Member("CLUB", "AAA", "2000-01-01", null).Member("CLUB", "BBB", "2000-01-01", null).Member("CLUB", "CCC", "2000-01-01", null)
        .Procedure(new AdmissionProcedure(new("CLUB"), "Admission", null, [RuleSrc],
            [new Stage("assembly", "assembly", "The assembly votes", new MajorityRule("half", "a majority of votes cast", RuleSrc, [1, 2], MajorityBase.VotesCast, Strict: true))],
            null, [new OtherDecision("request", "assembly", "a request against the subject", new MajorityRule("half", "a majority", RuleSrc, [1, 2], MajorityBase.VotesCast, Strict: true))]))
        .Priors(Priors);

    /// <summary>A roll call on Kosovo in the club: AAA and BBB as given, CCC yes.</summary>
    private static RegistryBuilder WithRollCalls(RegistryBuilder builder, int count, RollCallVote aaa, string motion = "admission", bool yesFavours = true)
    {
        for (var i = 0; i < count; i++)
        {
            var id = $"v{i}";
            var (yes, no, abstain) = (1 + (aaa == RollCallVote.Yes ? 1 : 0), aaa == RollCallVote.No ? 1 : 0, aaa == RollCallVote.Abstain ? 1 : 0);
            builder.Vote(new RecordedVote(id, new("CLUB"), "assembly", 1, motion, EntityCode.Kosovo, new(2010 + i, 6, 1), new Tally(yes, no, abstain + 1, 0), false,
                    VoteOutcome.Passed, Ballot.RollCall, Src, null, yesFavours))
                .RollCall(id, ("AAA", aaa), ("BBB", RollCallVote.Abstain), ("CCC", RollCallVote.Yes));
        }

        return builder;
    }

    [Fact]
    public void Fit_NoRollCalls_KeepsTheCategoryTable()
    {
        var model = RollCallModel.Fit(Club().Build(), Later.Date, Perspective.Default);

        var stance = model.Predict(Later, new("AAA"), "recognises").Stance;

        Assert.Equal(0, model.Samples);
        Assert.Equal(Recogniser.Yes, stance.Yes, 6);
        Assert.Equal(Recogniser.Absent, stance.Absent, 6);
    }

    [Fact]
    public void Predict_AMemberThatVotedNoBefore_LeansNoAndSaysWhy()
    {
        var model = RollCallModel.Fit(WithRollCalls(Club(), 6, RollCallVote.No).Build(), Later.Date, Perspective.Default);

        var aaa = model.Predict(Later, new("AAA"), "recognises");
        var ccc = model.Predict(Later, new("CCC"), "recognises");

        Assert.True(aaa.Stance.No > Recogniser.No * 3, $"P(no) {aaa.Stance.No:0.000} should have risen well above the table's {Recogniser.No}");
        Assert.True(ccc.Stance.Yes > aaa.Stance.Yes, "a member that always voted yes stays likelier to vote yes");
        Assert.Contains(aaa.Reasons, r => r.Factor.StartsWith("support for the subject in earlier roll calls", StringComparison.Ordinal) && r.Towards == "no");
        Assert.True(aaa.Reasons.Count <= 3);
    }

    [Fact]
    public void Predict_AMemberThatBackedMotionsAgainstTheSubject_LeansNoOnItsAdmission()
    {
        // Six admissions teach the model that support shown before predicts the vote (AAA no, CCC yes); then DDD, with
        // no admission vote on record, voted yes on three motions against Kosovo, as AAA had.
        var builder = Club().Member("CLUB", "DDD", "2000-01-01", null).Recognised("DDD", "2008-02-18");
        for (var i = 0; i < 3; i++)
        {
            var id = $"against{i}";
            builder.Vote(new RecordedVote(id, new("CLUB"), "assembly", 1, "request", EntityCode.Kosovo, new(2009, 1 + i, 1), new Tally(2, 1, 1, 0), false,
                    VoteOutcome.Passed, Ballot.RollCall, Src, null, YesFavoursSubject: false))
                .RollCall(id, ("AAA", RollCallVote.Yes), ("BBB", RollCallVote.Abstain), ("CCC", RollCallVote.No), ("DDD", RollCallVote.Yes));
        }

        for (var i = 0; i < 6; i++)
        {
            var id = $"v{i}";
            builder.Vote(new RecordedVote(id, new("CLUB"), "assembly", 1, "admission", EntityCode.Kosovo, new(2010 + i, 6, 1), new Tally(1, 1, 1, 1), true,
                    VoteOutcome.Passed, Ballot.RollCall, Src))
                .RollCall(id, ("AAA", RollCallVote.No), ("BBB", RollCallVote.Abstain), ("CCC", RollCallVote.Yes), ("DDD", RollCallVote.Absent));
        }

        var model = RollCallModel.Fit(builder.Build(), Later.Date, Perspective.Default);
        var ddd = model.Predict(Later, new("DDD"), "recognises");
        var table = RollCallModel.Fit(Club().Build(), Later.Date, Perspective.Default).Predict(Later, new("DDD"), "recognises");

        Assert.Equal(6, model.RollCalls); // the motions against Kosovo are a record, not forecasts to learn
        Assert.True(ddd.Stance.No > table.Stance.No * 2, $"P(no) {ddd.Stance.No:0.000} should be well above the table's {table.Stance.No:0.000}");
    }

    [Fact]
    public void Fit_RollCallsOnOrAfterTheDay_AreNotLearnedFrom()
    {
        var registry = WithRollCalls(Club(), 6, RollCallVote.No).Build();

        var before2013 = RollCallModel.Fit(registry, new(2013, 6, 1), Perspective.Default);
        var before2010 = RollCallModel.Fit(registry, new(2010, 6, 1), Perspective.Default);

        Assert.Equal((3, 9), (before2013.RollCalls, before2013.Samples));
        Assert.Equal((0, 0), (before2010.RollCalls, before2010.Samples));
        Assert.Equal(Recogniser.No, before2010.Predict(Later with { Date = new(2010, 6, 1) }, new("AAA"), "recognises").Stance.No, 6);
    }

    [Fact]
    public void Predict_TheContestingState_IsCertainNo()
    {
        var model = RollCallModel.Fit(WithRollCalls(Club(), 2, RollCallVote.Yes).Build(), Later.Date, Perspective.Default);

        var serbia = model.Predict(Later, new("SRB"), "contesting-state");

        Assert.Equal(1, serbia.Stance.No);
        Assert.Equal("no", Assert.Single(serbia.Reasons).Towards);
    }

    [Fact]
    public void Forecast_WithTheLearnedModel_CarriesEachMembersReasons()
    {
        var registry = WithRollCalls(Club(), 6, RollCallVote.No).Build();
        var request = new ForecastRequest(new("CLUB"), null, 1, EntityCode.Kosovo, Later.Date, Perspective.Default, null, [], null, 1)
        {
            Voters = RollCallModel.Fit(registry, Later.Date, Perspective.Default),
        };

        var forecast = registry.Forecast(request);

        Assert.Equal("roll-calls", forecast.Model);
        Assert.Equal(3, forecast.Reasons.Count);
        Assert.All(forecast.Reasons, r => Assert.NotEmpty(r));
    }
}
