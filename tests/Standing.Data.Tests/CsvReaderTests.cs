using Standing.Data.Files;

namespace Standing.Data.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void Read_QuotedCommasQuotesAndNewlines_AreKeptInOneField()
    {
        var records = CsvReader.Read("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\nlast,row\n").ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"\nthere"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line); // the record after a two-line field starts on line 4
    }

    [Fact]
    public void Read_CrLfAndBlankLines_AreIgnored()
    {
        var records = CsvReader.Read("a,b\r\n\r\n1,2\r\n").ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "2"], records[1].Fields);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Read_EmptyTrailingField_IsKept()
    {
        Assert.Equal(["1", ""], CsvReader.Read("1,\n").Single().Fields);
    }

    [Fact]
    public void Read_UnclosedQuote_NamesTheLine()
    {
        var e = Assert.Throws<FormatException>(() => CsvReader.Read("a\n\"open\n").ToList());
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }
}
