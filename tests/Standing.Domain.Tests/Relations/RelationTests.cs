using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Validation;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests.Relations;

public sealed class RelationTests
{
    private static readonly EntityCode Xkx = EntityCode.Kosovo;

    // AAA recognises with relations from 2009-02-02; BBB recognises without relations; CCC never recognises but
    // accepts passports from 2023-01-01; DDD had relations 2010-2015 (broken off) and never recognised.
    private static Registry Sample() => new RegistryBuilder()
        .Recognised("AAA", "2008-02-18").Recognised("BBB", "2008-03-01")
        .Relation("AAA", RelationKind.Diplomatic, "established", "2009-02-02")
        .Relation("CCC", RelationKind.TravelDocument, "accepted", "2023-01-01")
        .Relation("DDD", RelationKind.Diplomatic, "established", "2010-01-01", "2015-01-01")
        .Build();

    [Theory]
    [InlineData("2009-02-01", false)] // the day before relations were established
    [InlineData("2009-02-02", true)]
    public void RelationsOn_EstablishmentDay_CountsFromThatDay(string day, bool expected)
    {
        Assert.Equal(expected, Sample().RelationsOn(Xkx, Day(day), RelationKind.Diplomatic, new("AAA")).Any());
    }

    [Theory]
    [InlineData("2014-12-31", true)]  // the last day of relations
    [InlineData("2015-01-01", false)] // broken off
    public void RelationsOn_BrokenOff_EndsOnTheUntilDay(string day, bool expected)
    {
        Assert.Equal(expected, Sample().RelationsOn(Xkx, Day(day), state: new("DDD")).Any());
    }

    [Fact]
    public void Gaps_RecognisersWithoutRelations_AndNonRecognisersAcceptingDocuments()
    {
        var gaps = Sample().Gaps(Xkx, Day("2024-01-01"), Perspective.Default);

        Assert.Contains(gaps, g => g.State.Value == "BBB" && g.Gap == "recognises-without-relations");
        Assert.DoesNotContain(gaps, g => g.State.Value == "AAA");
        Assert.Contains(gaps, g => g.State.Value == "CCC" && g.Gap == "documents-without-recognition");
    }

    [Theory]
    [InlineData("2012-01-01", true)]
    [InlineData("2015-01-01", false)]
    public void Gaps_RelationsWithoutRecognition_OnlyWhileRelationsLast(string day, bool expected)
    {
        Assert.Equal(expected, Sample().Gaps(Xkx, Day(day), Perspective.Default).Any(g => g.State.Value == "DDD" && g.Gap == "relations-without-recognition"));
    }

    [Theory]
    [InlineData("2022-12-31", false)]
    [InlineData("2023-01-01", true)]
    public void Gaps_DocumentsAccepted_FromTheirFirstDay(string day, bool expected)
    {
        Assert.Equal(expected, Sample().Gaps(Xkx, Day(day), Perspective.Default).Any(g => g.State.Value == "CCC"));
    }

    [Fact]
    public void Gaps_ForABloc_OnlyItsMembers()
    {
        var registry = new RegistryBuilder().Recognised("AAA", "2008-02-18").Recognised("BBB", "2008-02-18")
            .Member("CLUB", "AAA", "2000-01-01", null).Build();

        Assert.Equal(["AAA"], registry.Gaps(Xkx, Day("2020-01-01"), Perspective.Default, new("CLUB")).Select(g => g.State.Value));
    }

    [Fact]
    public void Validate_BadValueAndOverlap_AreReported()
    {
        var input = new RegistryBuilder()
            .Relation("AAA", RelationKind.Visa, "maybe", "2020-01-01")
            .Relation("BBB", RelationKind.Diplomatic, "established", "2010-01-01", "2016-01-01")
            .Relation("BBB", RelationKind.Diplomatic, "established", "2015-01-01")
            .Input();

        var codes = RegistryValidator.Validate(input).Problems.Select(p => p.Code).ToList();

        Assert.Contains("bad-value", codes);
        Assert.Contains("overlapping-relation", codes);
    }

    [Fact]
    public void Validate_ExclusiveKind_OneValueAtATime()
    {
        var input = new RegistryBuilder()
            .Relation("AAA", RelationKind.Diplomatic, "none", "2010-01-01")
            .Relation("AAA", RelationKind.Diplomatic, "established", "2012-01-01")
            .Relation("BBB", RelationKind.Mission, "embassy-in-subject", "2010-01-01")
            .Relation("BBB", RelationKind.Mission, "embassy-of-subject", "2010-01-01")
            .Input();

        var problems = RegistryValidator.Validate(input).Problems.Where(p => p.Code == "overlapping-relation").ToList();

        Assert.StartsWith("AAA diplomatic established", Assert.Single(problems).Message, StringComparison.Ordinal); // "none" runs on into "established"; BBB's two missions may coexist
    }

    [Fact]
    public void Validate_VehiclePlates_TakesAcceptedOrNot()
    {
        var input = new RegistryBuilder()
            .Relation("SRB", RelationKind.VehiclePlates, "accepted", "2024-01-01")
            .Relation("AAA", RelationKind.VehiclePlates, "visa-free", "2024-01-01")
            .Input();

        Assert.Contains("'visa-free'", Assert.Single(RegistryValidator.Validate(input).Problems, p => p.Code == "bad-value").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consular", null, "consular relations only, since 2022-11-08")]
    [InlineData("none", null, "a source states there are no diplomatic relations (as of 2022-11-08)")]
    [InlineData("none", "unverified: inferred from an absence", "no diplomatic relations on record as of 2022-11-08 (unverified: the row's note says why)")]
    public void Gaps_ConsularOrNoRelations_SaySo(string value, string? note, string detail)
    {
        var registry = new RegistryBuilder().Recognised("AAA", "2008-02-26").Relation("AAA", RelationKind.Diplomatic, value, "2022-11-08", note: note).Build();

        var gap = Assert.Single(registry.Gaps(Xkx, Day("2023-01-01"), Perspective.Default));

        Assert.Equal("recognises-without-relations", gap.Gap);
        Assert.EndsWith(detail, gap.Detail, StringComparison.Ordinal);
    }

    // AAA: relations recorded 2010 to 2018-06-20 (broken off); Kosovo denies the break. BBB: relations recorded from
    // 2012; Serbia says they ended on 2019-03-01. CCC: Kosovo says relations began on 2015-05-05, not recorded.
    // DDD: relations recorded from 2016; Serbia denies they began.
    private static Registry Contested() => new RegistryBuilder()
        .Recognised("AAA", "2009-01-01").Recognised("BBB", "2009-01-01").Recognised("CCC", "2009-01-01").Recognised("DDD", "2009-01-01")
        .Relation("AAA", RelationKind.Diplomatic, "established", "2010-01-01", "2018-06-20")
        .RelationClaim("aaa-x", "AAA", RelationKind.Diplomatic, "established", RelationChange.Ended, "2018-06-20", "XKX", ClaimStance.Denies)
        .Relation("BBB", RelationKind.Diplomatic, "established", "2012-01-01")
        .RelationClaim("bbb-s", "BBB", RelationKind.Diplomatic, "established", RelationChange.Ended, "2019-03-01", "SRB", ClaimStance.Asserts)
        .RelationClaim("ccc-x", "CCC", RelationKind.Diplomatic, "established", RelationChange.Began, "2015-05-05", "XKX", ClaimStance.Asserts)
        .Relation("DDD", RelationKind.Diplomatic, "established", "2016-01-01")
        .RelationClaim("ddd-s", "DDD", RelationKind.Diplomatic, "established", RelationChange.Began, "2016-01-01", "SRB", ClaimStance.Denies)
        .Build();

    [Theory]
    [InlineData("AAA", "2018-06-19", true, true, true)]
    [InlineData("AAA", "2018-06-20", false, false, true)]  // broken off, except as Kosovo tells it
    [InlineData("BBB", "2019-02-28", true, true, true)]
    [InlineData("BBB", "2019-03-01", true, false, true)]   // ended only as Serbia tells it
    [InlineData("CCC", "2015-05-04", false, false, false)]
    [InlineData("CCC", "2015-05-05", false, false, true)]  // begun only as Kosovo tells it
    [InlineData("DDD", "2016-01-01", true, false, true)]   // never begun as Serbia tells it
    public void RelationsOn_Perspectives_FollowTheirPartysClaims(string state, string day, bool byDefault, bool bySerbia, bool byKosovo)
    {
        var registry = Contested();

        bool Holds(Perspective p) => registry.RelationsOn(Xkx, Day(day), RelationKind.Diplomatic, new(state), p).Any();

        Assert.Equal((byDefault, bySerbia, byKosovo), (Holds(Perspective.Default), Holds(Perspective.Serbia), Holds(Perspective.Kosovo)));
    }

    [Fact]
    public void RelationsOf_ARelationToldDifferently_SaysByWhom()
    {
        var registry = Contested();

        var told = Assert.Single(registry.RelationsOf(Xkx, Perspective.Kosovo), r => r.State.Value == "AAA");
        var claimed = Assert.Single(registry.RelationsOf(Xkx, Perspective.Kosovo), r => r.State.Value == "CCC");

        Assert.Equal(("as told by XKX (aaa-x)", (DateOnly?)null), (told.Note, told.Period.End)); // the recorded relation has no note of its own
        Assert.Equal("as claimed by XKX (ccc-x)", claimed.Note);
        Assert.Equal(["aaa-x"], registry.ClaimsAbout(registry.Relations.Single(r => r.State.Value == "AAA")).Select(c => c.Id));
    }

    [Fact]
    public void Gaps_FollowThePerspectivesRelations()
    {
        var registry = Contested();

        bool Gap(Perspective p) => registry.Gaps(Xkx, Day("2020-01-01"), p).Any(g => g.State.Value == "BBB" && g.Gap == "recognises-without-relations");

        Assert.Equal((false, true), (Gap(Perspective.Default), Gap(Perspective.Serbia)));
    }

    [Fact]
    public void Validate_RelationClaim_BadValueAndUnknownParty()
    {
        var input = new RegistryBuilder()
            .RelationClaim("a", "AAA", RelationKind.Diplomatic, "friendly", RelationChange.Began, "2015-01-01", "XKX", ClaimStance.Asserts)
            .RelationClaim("b", "AAA", RelationKind.Diplomatic, "established", RelationChange.Began, "2015-01-01", "ZZZ", ClaimStance.Asserts)
            .Input();

        var problems = RegistryValidator.Validate(input).Problems;

        Assert.Contains(problems, p => p.Code == "bad-value" && p.Message.Contains("'friendly'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Code == "unknown-code" && p.Message.Contains("party 'ZZZ'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("embassy-in-subject", false)]
    [InlineData("non-resident-of-subject", false)]
    [InlineData("office-in-subject", true)] // a liaison office is not diplomatic relations
    public void Gaps_AnEmbassyOrAccreditationWithoutADatedEstablishment_CountsAsRelations(string mission, bool gap)
    {
        var registry = new RegistryBuilder().Recognised("AAA", "2008-02-26").Relation("AAA", RelationKind.Mission, mission, "2012-05-01").Build();

        Assert.Equal(gap, registry.Gaps(Xkx, Day("2013-01-01"), Perspective.Default).Any(g => g.State.Value == "AAA"));
    }

    [Theory]
    [InlineData(RelationKind.VehiclePlates, "accepted", true)]
    [InlineData(RelationKind.VehiclePlates, "not-accepted", false)]
    [InlineData(RelationKind.Visa, "e-visa", true)]
    [InlineData(RelationKind.Visa, "visa-required", false)]
    public void Gaps_NonRecogniserAdmittingPlatesOrPassports_IsAGap(RelationKind kind, string value, bool gap)
    {
        var registry = new RegistryBuilder().Relation("SRB", kind, value, "2024-01-01").Build();

        Assert.Equal(gap, registry.Gaps(Xkx, Day("2024-01-01"), Perspective.Default).Any(g => g.State.Value == "SRB" && g.Gap == "documents-without-recognition"));
    }

    [Theory]
    [InlineData("https://example.org/relations", null, true)]
    [InlineData("https://example.org/relations", "the embassy's own page", true)]
    [InlineData("https://example.org/relations", "dated from the source, which is not unverified", true)] // only a note that starts with it
    [InlineData("https://example.org/relations", "unverified day: the source gives the month", false)]
    [InlineData("https://example.org/relations", "Unverified: inferred from an absence", false)]
    [InlineData("unverified", "a diplomat's word, in conversation", false)]
    public void IsVerified_FalseWithoutASourceOrWhenTheNoteSaysUnverified(string source, string? note, bool verified)
    {
        var relation = new Relation(Xkx, new("AAA"), RelationKind.Diplomatic, "none", new(Day("2025-11-01"), null), Date("2025-11"), null, new(source), note);

        Assert.Equal(verified, relation.IsVerified);
    }
}
