using Standing.Domain.Time;

namespace Standing.Domain.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2014-10-05", DatePrecision.Day, "2014-10-05")]
    [InlineData("2014-10", DatePrecision.Month, "2014-10-01")]
    [InlineData("2014", DatePrecision.Year, "2014-01-01")]
    public void TryParse_EachPrecision_KeepsPrecisionAndFirstDay(string text, DatePrecision precision, string firstDay)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(firstDay, date.Date.ToIsoString());
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2020-13-45")]
    [InlineData("2020-02-30")]
    [InlineData("20")]
    [InlineData("")]
    [InlineData("31/10/2008")]
    public void TryParse_ImpossibleOrForeignDate_Fails(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void Covers_MonthPrecision_CoversEveryDayOfThatMonthOnly()
    {
        Assert.True(PartialDate.TryParse("2019-11", out var month));
        Assert.True(month.Covers(new(2019, 11, 30)));
        Assert.False(month.Covers(new(2019, 12, 1)));
    }
}
