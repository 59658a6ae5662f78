using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain.Editing;

namespace Standing.Cli.Commands;

/// <summary>
/// <c>standing history</c> (the changes made to the record, newest first), <c>standing facts</c> (the facts of one kind
/// with their ids) and <c>standing conflicts</c> (the changes a newer data set disagrees with): lists read from the record.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliHost host)
    {
        var state = new Option<string?>("--state") { Description = "Only changes to this state's facts (a code such as KEN)" };
        var fact = new Option<string?>("--fact") { Description = "Only changes to this fact (its id, e.g. XKX-KEN-recognised-2025-03-26)" };
        var type = new Option<string?>("--type") { Description = $"Only changes to facts of this kind: {string.Join(", ", FactKinds.All.Select(k => k.Name))}" };
        return List(host, "history", "List the changes made to the record since the data set was shipped, newest first", "changes, newest first",
            EditAnswer.HistoryColumns, (record, parse) => EditAnswer.History(record, parse.GetValue(state)?.Trim(), parse.GetValue(fact)?.Trim(),
                parse.GetValue(type) is { } kind ? EditAnswer.Kind(kind) : null), state, fact, type);
    }

    public static Command Facts(CliHost host)
    {
        var type = new Argument<string>("KIND") { Description = "The kind of fact" };
        type.AcceptOnlyFromAmong([.. FactKinds.All.Select(k => k.Name)]);
        var state = new Option<string?>("--state") { Description = "Only facts about this state (a code such as SEN)" };
        var command = List(host, "facts", "List the facts of one kind as they stand, with the ids that `standing edit` takes", "facts as they stand",
            EditAnswer.FactColumns, (record, parse) => EditAnswer.Facts(record, EditAnswer.Kind(parse.GetValue(type)), parse.GetValue(state)), state);
        command.Arguments.Add(type);
        return command;
    }

    public static Command Conflicts(CliHost host) =>
        List(host, "conflicts", "List the changes that the data set shipped since disagrees with; the changes stand",
            "changes the shipped data set disagrees with; each change stands", EditAnswer.ConflictColumns, (record, _) => EditAnswer.Conflicts(record));

    private static Command List<T>(CliHost host, string name, string description, string caption, IReadOnlyList<Column<T>> columns,
        Func<EditedRecord, ParseResult, IReadOnlyList<T>> rows, params Option[] filters)
    {
        var (format, database) = (QueryOptions.FormatOption(), QueryOptions.DatabaseOption());
        var command = new Command(name, description);
        foreach (var option in filters.Append(format).Append(database))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var record = await host.Store(parse.GetValue(database)).LoadRecordAsync(ct);
            Renderer.List(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(format)), rows(record, parse), columns, caption);
            return ExitCodes.Ok;
        });
        return command;
    }
}
