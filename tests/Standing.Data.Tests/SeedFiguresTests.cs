using Standing.Data.Files;
using static Standing.Data.Tests.RepositoryRegistry;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Time;

namespace Standing.Data.Tests;

/// <summary>The figures the seed documents quote, computed from the repository's own data set.</summary>
public sealed class SeedFiguresTests
{
    private static Registry R => RepositoryRegistry.Registry;


    [Theory]
    [InlineData("2008-10-31", 52)]  // the mission's example: 50 of today's list plus two that later withdrew
    [InlineData("2021-01-01", 104)] // the seeds' list of UN members
    public void Summary_SeedDates_MatchTheSeeds(string day, int unMembers)
    {
        Assert.Equal(unMembers, R.Summary(EntityCode.Kosovo, D(day), Perspective.Default).UnMembersRecognizing);
    }

    [Fact]
    public void Summary_2021_CountsThreeNonUnRecognisersAndTenWithdrawals()
    {
        var s = R.Summary(EntityCode.Kosovo, D("2021-01-01"), Perspective.Default);

        Assert.Equal((3, 10, 193), (s.NonUnRecognizing, s.Withdrawn, s.UnMembers));
    }

    [Fact]
    public void Summary_Perspectives_SerbiaCountsFewerAndKosovoMore()
    {
        var day = D("2024-12-31");
        var counts = Enum.GetValues<Perspective>().ToDictionary(p => p, p => R.Summary(EntityCode.Kosovo, day, p).UnMembersRecognizing);

        Assert.True(counts[Perspective.Serbia] < counts[Perspective.Default], $"serbia {counts[Perspective.Serbia]}");
        Assert.True(counts[Perspective.Kosovo] > counts[Perspective.Default], $"kosovo {counts[Perspective.Kosovo]}");
    }

    [Theory]
    [InlineData("UN", 104, 193)]
    [InlineData("UNSC-P5", 3, 5)]
    [InlineData("NATO", 28, 32)]
    [InlineData("EU", 22, 27)]
    [InlineData("COE", 34, 46)]
    [InlineData("OIC", 34, 57)]
    [InlineData("ARAB-LEAGUE", 14, 22)]
    [InlineData("OSCE", 36, 57)]
    [InlineData("CARICOM", 9, 15)] // the seeds say 10/15 but list Dominica, which withdrew in 2018 (docs/data.md)
    public void Standing_EndOf2024_ReproducesTheSeedsTable(string org, int recognizing, int members)
    {
        var row = R.Standing(EntityCode.Kosovo, D("2024-12-31"), Perspective.Default).Single(s => s.Organisation.Id.Value == org);

        Assert.Equal((recognizing, members), (row.Recognizing, row.Members));
    }

    [Theory]
    [InlineData("NATO", "2023-04-03", 30)]
    [InlineData("NATO", "2023-04-04", 31)]
    [InlineData("NATO", "2024-03-06", 31)]
    [InlineData("NATO", "2024-03-07", 32)]
    [InlineData("EU", "2013-06-30", 27)]
    [InlineData("EU", "2013-07-01", 28)]
    [InlineData("EU", "2020-01-31", 28)]
    [InlineData("EU", "2020-02-01", 27)]
    [InlineData("COE", "2022-03-15", 47)]
    [InlineData("COE", "2022-03-16", 46)]
    [InlineData("UN", "2011-07-13", 192)]
    [InlineData("UN", "2011-07-14", 193)]
    [InlineData("INTERPOL", "2018-11-19", 192)]
    [InlineData("INTERPOL", "2018-11-20", 194)]
    public void MembersOn_BothSidesOfEachChange(string org, string day, int members)
    {
        Assert.Equal(members, R.MembersOn(new OrganisationId(org), D(day)).Count());
    }

    [Fact]
    public void SecurityCouncil_HasFifteenMembersEveryYearSince2008()
    {
        for (var year = 2008; year <= 2026; year++)
        {
            Assert.Equal(15, R.MembersOn(new OrganisationId("UNSC"), new DateOnly(year, 1, 1)).Count());
        }
    }

    [Theory]
    [InlineData("IMF", "2009-06-28", null)]
    [InlineData("IMF", "2009-06-29", MembershipStatus.Member)]
    [InlineData("COE", "2022-05-12", MembershipStatus.Applicant)]
    [InlineData("NATO-PA", "2024-05-27", MembershipStatus.Associate)]
    public void KosovoStatus_OnKeyDates(string org, string day, MembershipStatus? expected)
    {
        Assert.Equal(expected, R.StatusIn(new OrganisationId(org), EntityCode.Kosovo, D(day))?.Status);
    }

    [Fact]
    public void EveryRecogniser_HasASourceOrSaysUnverified()
    {
        Assert.All(R.RecognitionEvents, e => Assert.True(e.Source.IsVerified ? R.Source(e.Source) is not null : e.Note is { Length: > 0 }, $"{e.State} {e.Date}"));
    }
}
