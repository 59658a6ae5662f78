using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing conflicts</c>: the changes that a newer data set disagrees with (the changes stand).</summary>
internal static class ConflictsCommand
{
    public static Command Create(CliHost host)
    {
        var (format, database) = (QueryOptions.FormatOption(), QueryOptions.DatabaseOption());
        var command = new Command("conflicts", "List the changes that the data set shipped since disagrees with; the changes stand") { format, database };
        command.SetAction(async (parse, ct) =>
        {
            var record = await host.Store(parse.GetValue(database)).LoadRecordAsync(ct);
            Renderer.List(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(format)), EditAnswer.Conflicts(record), EditAnswer.ConflictColumns,
                "changes the shipped data set disagrees with; each change stands");
            return ExitCodes.Ok;
        });
        return command;
    }
}
