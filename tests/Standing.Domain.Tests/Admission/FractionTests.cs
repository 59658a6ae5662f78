using Standing.Domain.Admission;

namespace Standing.Domain.Tests.Admission;

public sealed class FractionTests
{
    [Theory]
    [InlineData(2, 3, 132, false, 88)] // Interpol 2018, round 1
    [InlineData(2, 3, 119, false, 80)] // Interpol 2018, round 2
    [InlineData(2, 3, 142, false, 95)] // UNESCO 2015
    [InlineData(2, 3, 3, false, 2)]
    [InlineData(1, 2, 15, true, 8)]    // more than half of 15
    [InlineData(1, 2, 14, true, 8)]    // more than half of 14: 7 is only half
    [InlineData(1, 2, 14, false, 7)]   // half of 14
    [InlineData(55, 100, 27, false, 15)] // EU Council: 55% of 27 states
    [InlineData(2, 3, 0, false, 0)]
    public void Threshold_IsTheSmallestWholeNumberAtOrAboveTheFraction(int n, int d, long of, bool strict, long expected)
    {
        Assert.Equal(expected, new Fraction(n, d).Threshold(of, strict));
    }

    [Fact]
    public void Threshold_LargeWeights_StaysExact()
    {
        // 65% of the EU's population in the 2024 figures: exact integer arithmetic, no rounding drift
        Assert.Equal(291_984_030L, new Fraction(65, 100).Threshold(449_206_200L, strict: false));
    }
}
