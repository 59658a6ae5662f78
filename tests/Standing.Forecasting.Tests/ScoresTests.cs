using Standing.Domain.Admission;
using Standing.Domain.Voting;

namespace Standing.Forecasting.Tests;

public sealed class ScoresTests
{
    [Fact]
    public void Of_UniformForecast_IsLn4AndThreeQuartersBrier()
    {
        var uniform = new MemberStance("AAA", 0.25, 0.25, 0.25, 0.25);

        var scores = Scores.Of([uniform, uniform], [VoteChoice.Yes, VoteChoice.Absent]);

        Assert.Equal(Math.Log(4), scores.LogLoss, 9);
        Assert.Equal(0.75, scores.Brier, 9);
    }

    [Fact]
    public void Of_CertainHitAndCertainMiss_AreFloorBoundedAndHalfRight()
    {
        var yes = new MemberStance("AAA", 1, 0, 0, 0);

        var scores = Scores.Of([yes, yes], [VoteChoice.Yes, VoteChoice.No]);

        Assert.Equal(-Math.Log(Scores.Floor) / 2, scores.LogLoss, 9);
        Assert.Equal(1.0, scores.Brier, 9); // (0 + 2) / 2
        Assert.Equal(0.5, scores.Accuracy);
    }

    [Fact]
    public void Of_ListsOfDifferentLengths_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => Scores.Of([new MemberStance("AAA", 1, 0, 0, 0)], []));
    }
}
