using System.Globalization;
using Standing.Domain.Time;

namespace Standing.Domain.Tests.Time;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("1999-12-31", false)] // the day before the start
    [InlineData("2000-01-01", true)]  // start is included
    [InlineData("2009-12-31", true)]  // the last day in the range
    [InlineData("2010-01-01", false)] // end is excluded
    public void Contains_BoundaryDays_FollowsHalfOpenRule(string day, bool expected)
    {
        var range = new DateRange(new(2000, 1, 1), new(2010, 1, 1));
        Assert.Equal(expected, range.Contains(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Contains_OpenEnd_IncludesFarFuture()
    {
        Assert.True(new DateRange(new(2000, 1, 1), null).Contains(new(2999, 1, 1)));
    }

    [Fact]
    public void Construction_EndNotAfterStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(new(2000, 1, 1), new(2000, 1, 1)));
    }

    [Theory]
    [InlineData("2000-01-01", "2010-01-01", "2010-01-01", null, false)] // back-to-back periods meet without overlapping
    [InlineData("2000-01-01", "2010-01-01", "2009-12-31", null, true)]
    [InlineData("2000-01-01", null, "1990-01-01", "2000-01-02", true)]
    [InlineData("2000-01-01", null, "1990-01-01", "2000-01-01", false)]
    public void Overlaps_Cases(string s1, string? e1, string s2, string? e2, bool expected)
    {
        var a = new DateRange(D(s1), e1 is null ? null : D(e1));
        var b = new DateRange(D(s2), e2 is null ? null : D(e2));
        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);
}
