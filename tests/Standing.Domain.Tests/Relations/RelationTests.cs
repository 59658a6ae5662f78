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
}
