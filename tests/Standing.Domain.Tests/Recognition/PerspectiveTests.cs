using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests.Recognition;

/// <summary>Each party's perspective: the recorded events it does not deny, plus the events it asserts; its latest word stands.</summary>
public sealed class PerspectiveTests
{
    private static readonly EntityCode Xkx = EntityCode.Kosovo;
    private static readonly EntityCode Aaa = new("AAA");

    [Fact]
    public void Serbia_DeniesARecordedRecognition_StateNeverRecognisedInItsAccount()
    {
        // Given a recorded recognition that Serbia later says never happened (as Serbia said of Oman in 2019)
        var registry = new RegistryBuilder().Recognised("AAA", "2011-02-04")
            .Said("SRB", ClaimStance.Denies, "AAA", RecognitionEventKind.Recognised, "2011-02-04", "2019-01-22").Build();

        // Then
        Assert.True(registry.Ledger(Xkx, Perspective.Default).StatusOn(Aaa, Day("2020-01-01")).IsRecognised);
        Assert.Equal(RecognitionState.NeverRecognised, registry.Ledger(Xkx, Perspective.Serbia).StatusOn(Aaa, Day("2020-01-01")).State);
    }

    [Fact]
    public void Serbia_DeniesARestoration_WithdrawalStandsInItsAccount()
    {
        // Given a withdrawal and a restoration that Serbia does not accept (Guinea-Bissau, 2017-2018)
        var registry = new RegistryBuilder().Recognised("AAA", "2011-01-10").Withdrawn("AAA", "2017-11-21")
            .Event("AAA", RecognitionEventKind.Restored, "2018-01-24")
            .Said("SRB", ClaimStance.Denies, "AAA", RecognitionEventKind.Restored, "2018-01-24", "2018-02-01").Build();

        Assert.True(registry.Ledger(Xkx, Perspective.Default).StatusOn(Aaa, Day("2019-01-01")).IsRecognised);
        Assert.Equal(RecognitionState.Withdrawn, registry.Ledger(Xkx, Perspective.Serbia).StatusOn(Aaa, Day("2019-01-01")).State);
    }

    [Fact]
    public void Kosovo_AssertsARecognitionTheRecordLacks_CountedInItsAccount()
    {
        var registry = new RegistryBuilder()
            .Said("XKX", ClaimStance.Asserts, "AAA", RecognitionEventKind.Recognised, "2020-02-01", "2020-02-01").Build();

        Assert.False(registry.Ledger(Xkx, Perspective.Default).StatusOn(Aaa, Day("2020-06-01")).IsRecognised);
        Assert.True(registry.Ledger(Xkx, Perspective.Kosovo).StatusOn(Aaa, Day("2020-06-01")).IsRecognised);
    }

    [Theory]
    [InlineData("2011-06-10", "2011-09-20", true)]   // a doubt, then reconfirmed (Oman, 2011): the recognition stands
    [InlineData("2011-09-20", "2011-06-10", false)]  // reasserted, then denied: the denial stands
    public void Kosovo_DeniesAndAsserts_LatestWordStands(string denied, string asserted, bool recognised)
    {
        var registry = new RegistryBuilder().Recognised("AAA", "2011-02-04")
            .Said("XKX", ClaimStance.Denies, "AAA", RecognitionEventKind.Recognised, "2011-02-04", denied)
            .Said("XKX", ClaimStance.Asserts, "AAA", RecognitionEventKind.Recognised, "2011-02-04", asserted).Build();

        Assert.Equal(recognised, registry.Ledger(Xkx, Perspective.Kosovo).StatusOn(Aaa, Day("2012-01-01")).IsRecognised);
    }
}
