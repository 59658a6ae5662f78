namespace Standing.Cli.Tests;

/// <summary>Tables are drawn to the width of the terminal (here given by $COLUMNS, as a shell exports it).</summary>
public sealed class TerminalWidthTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Theory]
    [InlineData("80", "orgs")]
    [InlineData("80", "state GHA")]
    [InlineData("100", "recognitions --as-of 2009-01-01")]
    public async Task Table_NarrowTerminal_EveryTableLineFits(string columns, string command)
    {
        // Given a database made once, and a terminal of the given width
        Assert.Equal(0, (await cli.RunAsync("summary")).ExitCode);

        // When the command draws its tables
        using var process = CliRunner.StartProcess(cli.Database, new Dictionary<string, string> { ["COLUMNS"] = columns }, command.Split(' '));
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Then no line of a table is wider than the terminal
        Assert.Equal(0, process.ExitCode);
        var tableLines = output.Split('\n').Where(l => l.Length > 0 && "╭│├╰".Contains(l[0], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tableLines);
        Assert.All(tableLines, l => Assert.True(l.Length <= int.Parse(columns, System.Globalization.CultureInfo.InvariantCulture), $"{l.Length}: {l}"));
    }
}

/// <summary>The README's promise about which commands take --subject and --perspective.</summary>
public sealed class CommandOptionsTests
{
    [Fact]
    public void Commands_SubjectAndPerspective_AsTheReadmeSays()
    {
        string[] aboutTheSubject = ["summary", "recognitions", "orgs", "state", "timeline", "milestones", "admission", "forecast", "relations", "gaps"];
        var root = StandingCli.BuildRootCommand(new CliHost(TimeProvider.System));

        var taking = root.Subcommands.Where(c => c.Options.Any(o => o.Name == "--perspective")).Select(c => c.Name).Order(StringComparer.Ordinal);

        Assert.Equal(aboutTheSubject.Order(StringComparer.Ordinal), taking);
        string[] onTheRecord = ["edit", "facts", "history", "conflicts", "keys", "export", "import"];
        Assert.All(root.Subcommands.Where(c => !onTheRecord.Contains(c.Name)), c => Assert.Contains(c.Options.Concat(c.Subcommands.SelectMany(s => s.Options)), o => o.Name == "--as-of"));
        Assert.All(root.Subcommands.Where(c => onTheRecord.Contains(c.Name)).SelectMany(c => c.Subcommands.Count > 0 ? c.Subcommands : [c]),
            c => Assert.Contains(c.Options, o => o.Name == "--db"));
    }

    [Fact]
    public void Commands_EachBuiltAlone_AnswersToItsName()
    {
        var host = new CliHost(TimeProvider.System);

        foreach (var (name, _) in StandingCli.Commands)
        {
            var root = StandingCli.BuildRootCommand(host, name);
            Assert.Equal([name], root.Subcommands.Select(c => c.Name));
        }

        Assert.Equal(StandingCli.Commands.Length, StandingCli.BuildRootCommand(host, "no-such-command").Subcommands.Count);
    }
}
