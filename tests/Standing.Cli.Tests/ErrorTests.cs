namespace Standing.Cli.Tests;

public sealed class ErrorTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Theory]
    [InlineData("--as-of", new[] { "summary", "--as-of", "2020-13-45" })]
    [InlineData("--as-of", new[] { "recognitions", "--as-of", "31/10/2008" })]
    [InlineData("--format", new[] { "orgs", "--format", "xml" })]
    [InlineData("--perspective", new[] { "summary", "--perspective", "russia" })]
    [InlineData("--subject", new[] { "summary", "--subject", "ATL" })]
    [InlineData("--subject", new[] { "summary", "--subject", "FRA" })]
    [InlineData("code", new[] { "state", "ATL" })]
    [InlineData("--chart", new[] { "timeline", "--chart", "out.gif" })]
    [InlineData("--to", new[] { "timeline", "--from", "2020-01-01", "--to", "2019-01-01" })]
    [InlineData("nonsense", new[] { "nonsense" })]
    public async Task BadInput_OneLineOnStderrNamingTheProblem_ExitTwo(string named, string[] args)
    {
        (await cli.RunAsync(args)).AssertUsageError(named);
    }
}
