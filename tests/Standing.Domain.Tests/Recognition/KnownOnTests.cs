using Standing.Domain.Entities;
using Standing.Domain.Recognition;

namespace Standing.Domain.Tests.Recognition;

public sealed class KnownOnTests
{
    private static readonly EntityCode Xkx = EntityCode.Kosovo;

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>AAA recognises in 2010; BBB recognises in 2011, withdraws 2013-06-01 but that is made public only on 2014-02-01;
    /// CCC's recognition is announced on 2012-12-20 and takes effect on 2013-01-01.</summary>
    private static Registry Sample() => new RegistryBuilder()
        .Recognised("AAA", "2010-01-01")
        .Recognised("BBB", "2011-01-01")
        .Reported("BBB", RecognitionEventKind.Withdrawn, "2013-06-01", "2014-02-01")
        .Reported("CCC", RecognitionEventKind.Recognised, "2013-01-01", "2012-12-20")
        .Build();

    [Theory]
    [InlineData("2013-12-31", "2013-12-31", 3)]  // the withdrawal was not yet public: BBB still counted
    [InlineData("2013-12-31", "2014-02-01", 2)]  // once reported, it counts from its own date
    [InlineData("2013-12-31", null, 2)]          // what is known now
    [InlineData("2012-12-31", "2012-12-31", 2)]  // CCC announced, but not yet in effect
    [InlineData("2013-01-01", "2012-12-20", 3)]  // known before it took effect
    [InlineData("2013-01-01", "2012-12-19", 2)]  // not yet announced
    public void Summary_AsKnownOn_CountsOnlyWhatWasReported(string asOf, string? knownOn, int recognising)
    {
        var registry = knownOn is null ? Sample() : Sample().KnownOn(Day(knownOn));

        Assert.Equal(recognising, registry.Summary(Xkx, Day(asOf), Perspective.Default).UnMembersRecognizing);
    }

    [Fact]
    public void KnownOn_ClaimSaidLater_IsLeftOut()
    {
        // Given a withdrawal claimed by Serbia, with no date said (counted from its event date)
        var registry = new RegistryBuilder().Recognised("AAA", "2010-01-01").Claim("AAA-SRB", "AAA", "2018-01-01", "SRB", ClaimStance.Asserts).Build();

        // Then Serbia's account counts it only once it was made
        Assert.Equal(1, registry.KnownOn(Day("2017-12-31")).Summary(Xkx, Day("2018-06-01"), Perspective.Serbia).UnMembersRecognizing);
        Assert.Equal(0, registry.KnownOn(Day("2018-01-01")).Summary(Xkx, Day("2018-06-01"), Perspective.Serbia).UnMembersRecognizing);
    }
}
