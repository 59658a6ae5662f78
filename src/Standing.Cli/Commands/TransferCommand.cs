using System.CommandLine;
using Standing.Data;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing export</c> and <c>standing import</c>: the record's changes, with every fact before and after, to and from a folder.</summary>
internal static class TransferCommand
{
    public static Command Export(CliHost host)
    {
        var format = new Option<string>("--format") { Description = "json (edits.json) or csv (edits.csv)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong([.. KebabNames.Of<TransferFormat>().Keys]);
        var database = QueryOptions.DatabaseOption();
        var directory = new Argument<string>("DIR") { Description = "A new or empty folder" };
        var command = new Command("export", "Write the record's changes (the audit trail, each fact before and after) into a new or empty folder") { directory, format, database };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await RecordTransfer.ExportAsync(host.Store(parse.GetValue(database)), parse.GetValue(directory)!, KebabNames.Of<TransferFormat>()[parse.GetValue(format)!], ct);
            }
            catch (IOException e) when (e is not FileNotFoundException)
            {
                throw new UsageException($"DIR: {e.Message}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Import(CliHost host)
    {
        var database = QueryOptions.DatabaseOption();
        var directory = new Argument<string>("DIR") { Description = "A folder written by `standing export`" };
        var command = new Command("import", "Replace the record's changes with those exported in a folder, if every row is sound; otherwise change nothing") { directory, database };
        command.SetAction(async (parse, ct) =>
        {
            var problems = await RecordTransfer.ImportAsync(host.Store(parse.GetValue(database)), parse.GetValue(directory)!, ct);
            if (problems.Count == 0)
            {
                return ExitCodes.Ok;
            }

            var error = parse.InvocationConfiguration.Error;
            await error.WriteLineAsync($"standing: the import has {problems.Count} problem(s); nothing was written:");
            foreach (var p in problems)
            {
                await error.WriteLineAsync($"  {p.Path}: {p.Message} [{p.Code}]");
            }

            return ExitCodes.Usage;
        });
        return command;
    }
}
