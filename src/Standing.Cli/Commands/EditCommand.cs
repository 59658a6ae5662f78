using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain.Editing;

namespace Standing.Cli.Commands;

/// <summary>
/// <c>standing edit add|correct|retract|revert</c>: changes to the recognition events in the record, each with its
/// source, checked as the importer checks the data files, and listed by <c>standing history</c>.
/// </summary>
internal static class EditCommand
{
    private sealed record Options(Option<string?> Subject, Option<string?> State, Option<string?> Kind, Option<string?> Date, Option<string?> Source, Option<string?> Note,
        Option<string?> Author, Option<string> Format, Option<string?> Database)
    {
        public static Options Make() => new(
            new("--subject") { Description = "The subject's code (default: XKX)" },
            new("--state") { Description = "The recognising state's code" },
            new("--kind") { Description = "recognised, withdrawn or restored" },
            new("--date") { Description = "When it took effect: yyyy-mm-dd, yyyy-mm or yyyy" },
            new("--source") { Description = "The page the change rests on, or 'unverified' with --note", Required = true },
            new("--note") { Description = "The editor's note" },
            new("--author") { Description = "Who makes the change (default: the user's login name)" },
            QueryOptions.FormatOption(),
            QueryOptions.DatabaseOption());

        public Command AddTo(Command command, bool values)
        {
            if (values)
            {
                command.Options.Add(Subject);
                command.Options.Add(State);
                command.Options.Add(Kind);
                command.Options.Add(Date);
            }

            command.Options.Add(Source);
            command.Options.Add(Note);
            command.Options.Add(Author);
            command.Options.Add(Format);
            command.Options.Add(Database);
            return command;
        }
    }

    public static Command Create(CliHost host)
    {
        var edit = new Command("edit", "Add, correct, retract or revert a recognition event in the record (see `standing history`)");
        edit.Subcommands.Add(Add(host));
        edit.Subcommands.Add(Correct(host));
        edit.Subcommands.Add(Retract(host));
        edit.Subcommands.Add(Revert(host));
        return edit;
    }

    private static Command Add(CliHost host)
    {
        var o = Options.Make();
        var command = o.AddTo(new Command("add", "Record a recognition, withdrawal or restoration"), values: true);
        command.SetAction(async (parse, ct) =>
        {
            var after = EditAnswer.Parse(new(parse.GetValue(o.Subject), parse.GetValue(o.State), parse.GetValue(o.Kind), parse.GetValue(o.Date), parse.GetValue(o.Source), parse.GetValue(o.Note)));
            return await CommitAsync(host, parse, o, _ => new Change(EditAction.Added, null, after, null, Author(parse, o), host.Now, after.Source, after.Note), ct);
        });
        return command;
    }

    private static Command Correct(CliHost host)
    {
        var o = Options.Make();
        var fact = FactArgument();
        var command = o.AddTo(new Command("correct", "Correct a recognition event: the values given replace the fact's, the others stay") { fact }, values: true);
        command.SetAction(async (parse, ct) => await CommitAsync(host, parse, o, record =>
        {
            var id = parse.GetValue(fact)!;
            var current = Current(record, id);
            var after = EditAnswer.Parse(new(
                parse.GetValue(o.Subject) ?? current.Subject, parse.GetValue(o.State) ?? current.State, parse.GetValue(o.Kind) ?? current.Kind,
                parse.GetValue(o.Date) ?? current.Date, parse.GetValue(o.Source), parse.GetValue(o.Note) ?? current.Note));
            return new Change(EditAction.Corrected, id, after, current.Tag, Author(parse, o), host.Now, after.Source, after.Note);
        }, ct));
        return command;
    }

    private static Command Retract(CliHost host)
    {
        var o = Options.Make();
        var fact = FactArgument();
        var command = o.AddTo(new Command("retract", "Retract a recognition event (it stays in the history)") { fact }, values: false);
        command.SetAction(async (parse, ct) => await CommitAsync(host, parse, o, record =>
        {
            var id = parse.GetValue(fact)!;
            var current = Current(record, id);
            return new Change(EditAction.Retracted, id, null, current.Tag, Author(parse, o), host.Now, EditAnswer.Source(parse.GetValue(o.Source)), parse.GetValue(o.Note));
        }, ct));
        return command;
    }

    private static Command Revert(CliHost host)
    {
        var o = Options.Make();
        var change = new Argument<long>("CHANGE") { Description = "The id of the change to undo, as `standing history` shows it" };
        var command = o.AddTo(new Command("revert", "Undo a change: the fact is put back as it was before it") { change }, values: false);
        command.SetAction(async (parse, ct) => await CommitAsync(host, parse, o,
            _ => new Change(EditAction.Reverted, null, null, null, Author(parse, o), host.Now, EditAnswer.Source(parse.GetValue(o.Source)), parse.GetValue(o.Note), parse.GetValue(change)), ct));
        return command;
    }

    private static EditAnswer.Fact Current(EditedRecord record, string id) =>
        EditAnswer.Find(record, id) ?? throw new UsageException($"ID: no recognition event has the id '{id}' (see `standing history` or `standing state CODE`)");

    private static Argument<string> FactArgument() => new("ID") { Description = "The fact's id, e.g. XKX-KEN-recognised-2025-03-26" };

    private static string Author(System.CommandLine.ParseResult parse, Options o) =>
        parse.GetValue(o.Author) is { Length: > 0 } author ? author.Trim() : Environment.UserName;

    /// <summary>Makes the change and prints the change as the history lists it; a change that cannot be made is one line on stderr.</summary>
    private static async Task<int> CommitAsync(CliHost host, System.CommandLine.ParseResult parse, Options o, Func<EditedRecord, Change> change, CancellationToken ct)
    {
        var store = host.Store(parse.GetValue(o.Database));
        var record = await store.LoadRecordAsync(ct);
        var (proposal, after) = await EditAnswer.CommitAsync(store, record, change(record), ct);
        var error = parse.InvocationConfiguration.Error;
        switch (proposal.Rejection)
        {
            case null:
                Renderer.Object(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(o.Format)),
                    EditAnswer.History(after, fact: proposal.Edit!.Fact)[0], EditAnswer.HistoryColumns);
                return ExitCodes.Ok;
            case Rejection.Stale:
                await error.WriteLineAsync("standing: the fact was changed by someone else meanwhile; nothing was written: look at it again and repeat the change");
                return ExitCodes.Refused;
            case Rejection.NotFound:
                throw new UsageException("CHANGE: no change has that id (see `standing history`)");
            default:
                var first = proposal.Refusals![0];
                throw new UsageException($"{string.Join('/', FieldNames.Of(first.Field).Select(f => $"--{f}"))}: {first.Message}; nothing was written");
        }
    }
}
