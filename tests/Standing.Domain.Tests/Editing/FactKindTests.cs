using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Tests.Editing;

/// <summary>Changes to facts other than recognition events: memberships, relations, claims and arrangements.</summary>
public sealed class FactKindTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly SourceRef Page = new("https://example.org/news");

    /// <summary>AAA a member of the club since 1990 and BBB since 2000; AAA's embassy in Pristina since 2008; a claim that BBB withdrew; an arrangement.</summary>
    private static EditedRecord Shipped() => EditedRecord.Create(new RegistryBuilder()
        .Recognised("AAA", "2008-02-18").Recognised("BBB", "2009-01-01")
        .Member("CLUB", "AAA", "1990-01-01", null).Member("CLUB", "BBB", "2000-11-01", null)
        .Relation("AAA", RelationKind.Mission, "embassy", "2008-03-01")
        .Claim("bbb-withdrew", "BBB", "2019-01-01", "SRB", ClaimStance.Asserts)
        .Agency("A1").Agency("A2").Arrangement("protocol-1", "A1<>A2", "2013-01-01")
        .Input(), []);

    private static Membership Member(string state, string since, string? until = null) =>
        new(new OrganisationId("CLUB"), new(state), MembershipStatus.Member, new(Date(since).Date, until is null ? null : Date(until).Date), Date(since), Page);

    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    private static EditedRecord Accept(EditedRecord record, Change change) =>
        record.Propose(change) is { Edit: { } edit } ? record.With(edit) : throw new InvalidOperationException(string.Join("; ", record.Propose(change).Refusals!));

    [Fact]
    public void IdsOfEachKind_NameTheFact()
    {
        var record = Shipped();

        Assert.NotNull(record.Find(FactKinds.Membership, "CLUB-AAA-member-1990-01-01"));
        Assert.NotNull(record.Find(FactKinds.Relation, "XKX-AAA-mission-embassy-2008-03-01"));
        Assert.NotNull(record.Find(FactKinds.Claim, "bbb-withdrew"));
        Assert.NotNull(record.Find(FactKinds.Arrangement, "protocol-1"));
        Assert.Null(record.Find(FactKinds.Recognition, "bbb-withdrew"));
    }

    [Fact]
    public void AMembershipAdded_CountsInTheRegistry_AndOneThatOverlaps_IsRefusedAtSince()
    {
        var record = Accept(Shipped(), new(EditAction.Added, FactKinds.Membership, null, Member("DDD", "2030-01-01"), null, "editor", At, Page));

        Assert.Contains(Registry.Create(record.Input).MembersOn(new("CLUB"), new(2030, 6, 1)), m => m.Value == "DDD");
        var overlap = record.Propose(new(EditAction.Added, FactKinds.Membership, null, Member("AAA", "2020-01-01"), null, "editor", At, Page));
        Assert.Equal(Rejection.Unsound, overlap.Rejection);
        Assert.Equal("since", overlap.Refusals![0].Field);
    }

    [Fact]
    public void ACorrectedMembership_EndsIt_AndTheTagOfItsKindIsChecked()
    {
        var record = Shipped();
        var id = "CLUB-BBB-member-2000-11-01";
        var (current, version) = record.Find(FactKinds.Membership, id)!.Value;
        var ended = current with { Period = new(current.Period.Start, new DateOnly(2025, 1, 1)) };

        Assert.Equal(Rejection.Stale, record.Propose(new(EditAction.Corrected, FactKinds.Membership, id, ended, "\"0-000000000000\"", "editor", At, Page)).Rejection);
        var after = Accept(record, new(EditAction.Corrected, FactKinds.Membership, id, ended, FactTags.Of(FactKinds.Membership, current, version), "editor", At, Page));

        Assert.DoesNotContain(Registry.Create(after.Input).MembersOn(new("CLUB"), new(2026, 1, 1)), m => m.Value == "BBB");
        Assert.Equal(1, after.Find(FactKinds.Membership, id)!.Value.Version);
    }

    [Fact]
    public void AClaimRetracted_LeavesTheRegistry_AndARevertPutsItBack()
    {
        var retracted = Accept(Shipped(), new(EditAction.Retracted, FactKinds.Claim, "bbb-withdrew", null, "*", "editor", At, Page));
        Assert.Empty(retracted.Input.Claims);

        var reverted = Accept(retracted, new(EditAction.Reverted, null, null, null, null, "editor", At, Page, Reverts: 1));

        Assert.Equal("bbb-withdrew", Assert.Single(reverted.Input.Claims).Value.Id);
        Assert.Equal(FactKinds.Claim, reverted.Edits[^1].Kind);
    }

    [Fact]
    public void ARelationWithAnUnknownState_IsRefusedAtState()
    {
        var relation = new Relation(EntityCode.Kosovo, new("ZZZ"), RelationKind.Mission, "embassy", new(new(2020, 1, 1), null), Date("2020-01-01"), null, Page);

        var proposal = Shipped().Propose(new(EditAction.Added, FactKinds.Relation, null, relation, null, "editor", At, Page));

        Assert.Equal(("state", Rejection.Unsound), (proposal.Refusals![0].Field, proposal.Rejection!.Value));
    }

    [Fact]
    public void AFactOfAnotherKind_IsNotAcceptedAsTheValues()
    {
        Assert.Throws<ArgumentException>(() => Shipped().Propose(new(EditAction.Added, FactKinds.Claim, null, Member("DDD", "2030-01-01"), null, "editor", At, Page)));
    }

    [Fact]
    public void AnArrangementCopied_HasTheSameText_SoAnUnchangedOneIsNoConflict()
    {
        var shipped = Shipped().Find(FactKinds.Arrangement, "protocol-1")!.Value.Value;
        var copy = shipped with { Links = [.. shipped.Links], Scope = shipped.Scope.ToHashSet() };

        Assert.Equal(FactKinds.Arrangement.TextOf(shipped), FactKinds.Arrangement.TextOf(copy));
        Assert.NotEqual(FactKinds.Arrangement.TextOf(shipped), FactKinds.Arrangement.TextOf(copy with { Scope = new HashSet<string> { "extradition" } }));
    }
}
