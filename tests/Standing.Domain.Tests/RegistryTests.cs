using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests;

public sealed class RegistryTests
{
    private static readonly EntityCode Xkx = EntityCode.Kosovo;

    private static Registry Sample() => new RegistryBuilder()
        .Recognised("AAA", "2008-02-18")
        .Recognised("BBB", "2008-03-01").Withdrawn("BBB", "2018-11-02")
        .Recognised("TWN", "2008-02-19")
        .Member("UN", "DDD", "2011-07-14", null) // a UN member admitted later, not recognising
        .Member("CLUB", "AAA", "2000-01-01", "2020-02-01")
        .Member("CLUB", "BBB", "2000-01-01", null)
        .Member("CLUB", "CCC", "2013-07-01", null)
        .Member("CLUB", "XKX", "2022-05-12", null, MembershipStatus.Applicant)
        .Build();

    [Fact]
    public void Summary_AfterWithdrawal_CountsUnMembersNonUnAndWithdrawn()
    {
        var s = Sample().Summary(Xkx, Day("2019-01-01"), Perspective.Default);

        Assert.Equal(1, s.UnMembersRecognizing); // AAA; BBB withdrew
        Assert.Equal(5, s.UnMembers);            // SRB AAA BBB CCC DDD
        Assert.Equal(1, s.NonUnRecognizing);     // TWN
        Assert.Equal(1, s.Withdrawn);
    }

    [Theory]
    [InlineData("2011-07-13", 4)]
    [InlineData("2011-07-14", 5)]
    public void Summary_UnMembersAroundAdmission_ChangesOnAdmissionDay(string day, int expected)
    {
        Assert.Equal(expected, Sample().Summary(Xkx, Day(day), Perspective.Default).UnMembers);
    }

    [Theory]
    [InlineData("2013-06-30", 2, 2)]
    [InlineData("2013-07-01", 3, 2)]
    [InlineData("2020-01-31", 3, 1)] // BBB withdrew in 2018
    [InlineData("2020-02-01", 2, 0)] // AAA left at the end of 2020-01-31
    public void Standing_MembersAndRecognisersAroundChanges(string day, int members, int recognising)
    {
        var club = Sample().Standing(Xkx, Day(day), Perspective.Default).Single(s => s.Organisation.Id.Value == "CLUB");

        Assert.Equal(members, club.Members);
        Assert.Equal(recognising, club.Recognizing);
    }

    [Fact]
    public void Standing_SubjectStatus_IsReportedFromItsStartDay()
    {
        var before = Sample().Standing(Xkx, Day("2022-05-11"), Perspective.Default).Single(s => s.Organisation.Id.Value == "CLUB");
        var after = Sample().Standing(Xkx, Day("2022-05-12"), Perspective.Default).Single(s => s.Organisation.Id.Value == "CLUB");

        Assert.Null(before.SubjectStatus);
        Assert.Equal(MembershipStatus.Applicant, after.SubjectStatus!.Status);
    }

    [Fact]
    public void Recognisers_ListsRecognisersByDateWithUnMembership()
    {
        var list = Sample().Recognisers(Xkx, Day("2019-01-01"), Perspective.Default);

        Assert.Equal(["AAA", "TWN"], list.Select(r => r.Entity.Code.Value));
        Assert.True(list[0].UnMember);
        Assert.False(list[1].UnMember);
    }

    [Fact]
    public void Timeline_RunningCounts_FollowEvents()
    {
        var points = Sample().Timeline(Xkx, Day("2008-01-01"), Day("2020-01-01"), Perspective.Default);

        Assert.Equal([1, 1, 2, 1], points.Select(p => p.UnCount));
        Assert.Equal(RecognitionEventKind.Withdrawn, points[^1].Event.Kind);
    }

    [Fact]
    public void FindEntity_ByAliasNameOrCode_IgnoresCase()
    {
        var registry = Sample();

        Assert.Equal("XKX", registry.FindEntity("xk")!.Code.Value);
        Assert.Equal("AAA", registry.FindEntity("state aaa")!.Code.Value);
        Assert.Null(registry.FindEntity("Atlantis"));
    }

    [Fact]
    public void Standing_SubjectAsMember_IsNeitherRecognisingNorNotRecognising()
    {
        var registry = new RegistryBuilder()
            .Recognised("AAA", "2008-02-18")
            .Member("CLUB", "AAA", "2000-01-01", null)
            .Member("CLUB", "BBB", "2000-01-01", null)
            .Member("CLUB", "XKX", "2009-06-29", null)
            .Build();

        var club = registry.Standing(Xkx, Day("2010-01-01"), Perspective.Default).Single(s => s.Organisation.Id.Value == "CLUB");

        Assert.Equal((3, 1), (club.Members, club.Recognizing));
        Assert.Equal(["BBB"], club.NotRecognizing.Select(c => c.Value));
        Assert.Equal(MembershipStatus.Member, club.SubjectStatus!.Status);
    }
}
