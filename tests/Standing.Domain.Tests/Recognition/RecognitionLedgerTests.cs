using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests.Recognition;

public sealed class RecognitionLedgerTests
{
    private static readonly EntityCode Xkx = EntityCode.Kosovo;
    private static readonly EntityCode Aaa = new("AAA");

    [Theory]
    [InlineData("2008-02-17", RecognitionState.NeverRecognised)] // the day before recognition
    [InlineData("2008-02-18", RecognitionState.Recognised)]      // recognition counts from its own day
    [InlineData("2018-11-01", RecognitionState.Recognised)]      // the day before the withdrawal
    [InlineData("2018-11-02", RecognitionState.Withdrawn)]       // withdrawal counts from its own day
    public void StatusOn_AroundEventDays_ChangesOnTheEventDay(string day, RecognitionState expected)
    {
        var registry = new RegistryBuilder().Recognised("AAA", "2008-02-18").Withdrawn("AAA", "2018-11-02").Build();

        Assert.Equal(expected, registry.Ledger(Xkx, Perspective.Default).StatusOn(Aaa, Day(day)).State);
    }

    [Fact]
    public void StatusOn_RestoredAfterWithdrawal_RecognisedWithFirstRecognitionKept()
    {
        var registry = new RegistryBuilder()
            .Recognised("AAA", "2011-01-10")
            .Event("AAA", RecognitionEventKind.Withdrawn, "2017-10")
            .Event("AAA", RecognitionEventKind.Restored, "2018-01")
            .Build();

        var status = registry.Ledger(Xkx, Perspective.Default).StatusOn(Aaa, Day("2018-02-01"));

        Assert.True(status.IsRecognised);
        Assert.Equal("2011-01-10", status.FirstRecognition!.Date.ToString());
        Assert.Equal(RecognitionEventKind.Restored, status.LastEvent!.Kind);
    }

    [Fact]
    public void Ledger_SerbiaPerspective_CountsClaimedWithdrawals()
    {
        // Given a recognition that only Serbia's government says was withdrawn
        var registry = new RegistryBuilder()
            .Recognised("AAA", "2012-01-23")
            .Claim("AAA-SRB", "AAA", "2019-11", "SRB", ClaimStance.Asserts)
            .Build();

        // When each perspective is asked about a day after the claimed withdrawal
        var day = Day("2020-01-01");

        // Then only Serbia's perspective counts it as withdrawn
        Assert.True(registry.IsRecognisedBy(Xkx, Aaa, day, Perspective.Default));
        Assert.True(registry.IsRecognisedBy(Xkx, Aaa, day, Perspective.Kosovo));
        Assert.False(registry.IsRecognisedBy(Xkx, Aaa, day, Perspective.Serbia));
        Assert.True(registry.IsRecognisedBy(Xkx, Aaa, Day("2019-10-31"), Perspective.Serbia));
    }

    [Fact]
    public void Ledger_KosovoPerspective_IgnoresWithdrawalItsForeignMinistryDenies()
    {
        var registry = new RegistryBuilder()
            .Recognised("AAA", "2012-01-23").Withdrawn("AAA", "2019-11-07")
            .Recognised("BBB", "2012-01-23").Withdrawn("BBB", "2019-11-07")
            .Claim("AAA-XKX", "AAA", "2019-11", "XKX", ClaimStance.Denies)
            .Build();
        var day = Day("2020-01-01");

        Assert.False(registry.IsRecognisedBy(Xkx, Aaa, day, Perspective.Default));
        Assert.True(registry.IsRecognisedBy(Xkx, Aaa, day, Perspective.Kosovo));
        Assert.False(registry.IsRecognisedBy(Xkx, new("BBB"), day, Perspective.Kosovo)); // no denial: still withdrawn
    }

    [Fact]
    public void Ledger_SerbiaClaimMatchingRecordedWithdrawal_IsNotCountedTwice()
    {
        var registry = new RegistryBuilder()
            .Recognised("AAA", "2012-01-23").Withdrawn("AAA", "2019-11-07")
            .Claim("AAA-SRB", "AAA", "2019-11-07", "SRB", ClaimStance.Asserts, ClaimStatus.Confirmed)
            .Build();

        Assert.Equal(2, registry.Ledger(Xkx, Perspective.Serbia).EventsOf(Aaa).Count);
    }
}
