using Standing.Domain.Entities;

namespace Standing.Domain.Tests;

public sealed class EntityCodeTests
{
    [Theory]
    [InlineData("XK", "XKX")]
    [InlineData("xk", "XKX")]
    [InlineData("fra", "FRA")]
    [InlineData(" GHA ", "GHA")]
    public void TryParse_CodesAndKosovoAlias_Normalises(string text, string expected)
    {
        Assert.True(EntityCode.TryParse(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("FR")]
    [InlineData("FRAN")]
    [InlineData("F1A")]
    public void TryParse_NotThreeLetters_Fails(string text)
    {
        Assert.False(EntityCode.TryParse(text, out _));
    }
}
