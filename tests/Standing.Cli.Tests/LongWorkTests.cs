namespace Standing.Cli.Tests;

/// <summary>Long computations stop on Ctrl-C (a cancelled token) and show their progress in table output.</summary>
public sealed class LongWorkTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Fact]
    public async Task Forecast_LargestMonteCarloCancelled_StopsWithExit130()
    {
        // Given a warm database and the largest Monte Carlo run allowed (about 20 s)
        Assert.Equal(0, (await cli.RunAsync("summary")).ExitCode);
        using var ctrlC = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        ctrlC.CancelAfter(TimeSpan.FromSeconds(1));

        // When Ctrl-C comes a second in
        var result = await CliRunner.RunOnAsync(cli.Database, ctrlC.Token, "forecast", "--org", "UNESCO", "--monte-carlo", "100000000", "--format", "json");

        // Then it stops, says so, and prints no partial answer
        Assert.Equal(130, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("standing: cancelled", result.Error.Trim());
    }

    [Fact]
    public async Task Power_ShapleyInTableOutput_ShowsProgressOnStderr()
    {
        var weights = Path.Combine(Path.GetTempPath(), $"standing-eec-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(weights, "code,weight\nFRA,4\nDEU,4\nITA,4\nBEL,2\nNLD,2\nLUX,1\n", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("power", "--weights", weights, "--quota", "12", "--index", "shapley");
        File.Delete(weights);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Shapley-Shubik [####################] 100%", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forecast_LargeMonteCarloInTableOutput_ShowsProgressOnStderr()
    {
        var result = await cli.RunAsync("forecast", "--org", "UNESCO", "--monte-carlo", "1000000");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Monte Carlo [####################] 100%", result.Error, StringComparison.Ordinal);
    }
}
