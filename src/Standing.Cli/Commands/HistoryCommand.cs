using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing history</c>: the changes made to the record, newest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliHost host)
    {
        var (format, database) = (QueryOptions.FormatOption(), QueryOptions.DatabaseOption());
        var state = new Option<string?>("--state") { Description = "Only changes to this state's facts (a code such as KEN)" };
        var fact = new Option<string?>("--fact") { Description = "Only changes to this fact (its id, e.g. XKX-KEN-recognised-2025-03-26)" };
        var command = new Command("history", "List the changes made to the record since the data set was shipped, newest first") { state, fact, format, database };
        command.SetAction(async (parse, ct) =>
        {
            var record = await host.Store(parse.GetValue(database)).LoadRecordAsync(ct);
            Renderer.List(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(format)),
                EditAnswer.History(record, parse.GetValue(state)?.Trim(), parse.GetValue(fact)?.Trim()), EditAnswer.HistoryColumns, "changes, newest first");
            return ExitCodes.Ok;
        });
        return command;
    }
}
