using System.CommandLine;
using System.Text.Json;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain.Editing;

namespace Standing.Cli.Commands;

/// <summary>
/// <c>standing edit add|correct|retract|revert</c>: changes to the facts in the record, each with its source, checked as
/// the importer checks the data files, and listed by <c>standing history</c>. A recognition event is the default fact;
/// another kind is named after the action (<c>standing edit add claim ...</c>), and its options are its fields.
/// </summary>
internal static class EditCommand
{
    public static Command Create(CliHost host)
    {
        var edit = new Command("edit", "Add, correct, retract or revert a fact in the record: a recognition event, or a claim, position, membership, "
            + "relation, vote or arrangement (see `standing history`)");
        edit.Subcommands.Add(WithKinds(kind => Add(host, kind)));
        edit.Subcommands.Add(WithKinds(kind => Correct(host, kind)));
        edit.Subcommands.Add(WithKinds(kind => Retract(host, kind)));
        edit.Subcommands.Add(Revert(host));
        return edit;
    }

    /// <summary>The recognition event's command, with one subcommand for each other kind of fact.</summary>
    private static Command WithKinds(Func<Domain.Editing.FactKind, Command> make)
    {
        var command = make(FactKinds.Recognition);
        foreach (var kind in FactKinds.All.Where(k => k != FactKinds.Recognition))
        {
            command.Subcommands.Add(make(kind));
        }

        return command;
    }

    private static Command Add(CliHost host, Domain.Editing.FactKind kind)
    {
        var (command, fields, common) = Make(kind, "add", $"Record a {Named(kind)}", id: false, values: true);
        command.SetAction(async (parse, ct) =>
        {
            var change = EditAnswer.Addition(kind, Given(parse, fields), Author(parse, common), host.Now);
            return await CommitAsync(host, parse, common, _ => change, ct);
        });
        return command;
    }

    private static Command Correct(CliHost host, Domain.Editing.FactKind kind)
    {
        var (command, fields, common) = Make(kind, "correct", $"Correct a {Named(kind)}: the values given replace the fact's, the others stay", id: true, values: true);
        command.SetAction(async (parse, ct) => await CommitAsync(host, parse, common, record =>
        {
            var id = parse.GetValue(common.Id!)!;
            return EditAnswer.Correction(record, kind, id, Given(parse, fields), Current(record, kind, id).Tag, Author(parse, common), host.Now);
        }, ct));
        return command;
    }

    private static Command Retract(CliHost host, Domain.Editing.FactKind kind)
    {
        var (command, _, common) = Make(kind, "retract", $"Retract a {Named(kind)} (it stays in the history)", id: true, values: false);
        command.SetAction(async (parse, ct) => await CommitAsync(host, parse, common, record =>
        {
            var id = parse.GetValue(common.Id!)!;
            return EditAnswer.Retraction(kind, id, Current(record, kind, id).Tag, parse.GetValue(common.Source), parse.GetValue(common.Note), Author(parse, common), host.Now);
        }, ct));
        return command;
    }

    private static Command Revert(CliHost host)
    {
        var common = Common.Make(id: false, values: false);
        var change = new Argument<long>("CHANGE") { Description = "The id of the change to undo, as `standing history` shows it" };
        var command = common.AddTo(new Command("revert", "Undo a change: the fact is put back as it was before it") { change });
        command.SetAction(async (parse, ct) => await CommitAsync(host, parse, common,
            _ => EditAnswer.Reversal(parse.GetValue(change), parse.GetValue(common.Source), parse.GetValue(common.Note), Author(parse, common), host.Now), ct));
        return command;
    }

    /// <summary>The options every change takes; with <c>values</c>, the fact's source and note are among its fields instead.</summary>
    private sealed record Common(Argument<string>? Id, Option<string?> Source, Option<string?> Note, Option<string?> Author, Option<string> Format, Option<string?> Database)
    {
        public static Common Make(bool id, bool values) => new(
            id ? new("ID") { Description = "The fact's id, as `standing facts KIND` lists it, e.g. XKX-KEN-recognised-2025-03-26" } : null,
            new("--source") { Description = values ? "The page that states the fact, or 'unverified' with --note" : "The page the change rests on, or 'unverified' with --note", Required = true },
            new("--note") { Description = "The editor's note" },
            new("--author") { Description = "Who makes the change (default: the user's login name)" },
            QueryOptions.FormatOption(),
            QueryOptions.DatabaseOption());

        public Command AddTo(Command command, IEnumerable<Option>? fields = null)
        {
            if (Id is not null)
            {
                command.Arguments.Add(Id);
            }

            foreach (var option in (fields ?? []).Concat([Source, Note, Author, Format, Database]))
            {
                command.Options.Add(option);
            }

            return command;
        }
    }

    /// <summary>
    /// The command for one kind and action: named by the action for a recognition event, by the kind otherwise; with an
    /// option per field of the fact (<c>--event-date</c> for <c>eventDate</c>) but the source and note, which every change takes.
    /// </summary>
    private static (Command Command, IReadOnlyDictionary<string, Option<string?>> Fields, Common Common) Make(
        Domain.Editing.FactKind kind, string action, string description, bool id, bool values)
    {
        var common = Common.Make(id, values);
        var fields = values
            ? EditAnswer.Fields(kind).Where(f => f is not ("source" or "note"))
                .ToDictionary(f => f, f => new Option<string?>($"--{JsonNamingPolicy.KebabCaseLower.ConvertName(f)}") { Description = $"The {Named(kind)}'s {f}" })
            : [];
        var command = common.AddTo(new Command(kind == FactKinds.Recognition ? action : kind.Name, description), fields.Values);
        return (command, values ? fields.Append(new("source", common.Source)).Append(new("note", common.Note)).ToDictionary() : fields, common);
    }

    private static string Named(Domain.Editing.FactKind kind) => kind == FactKinds.Recognition ? "recognition event" : kind.Name;

    /// <summary>The fields given on the command line.</summary>
    private static Dictionary<string, string?> Given(ParseResult parse, IReadOnlyDictionary<string, Option<string?>> fields) =>
        fields.Where(f => parse.GetResult(f.Value) is not null).ToDictionary(f => f.Key, f => parse.GetValue(f.Value), StringComparer.Ordinal);

    private static EditAnswer.Fact Current(EditedRecord record, Domain.Editing.FactKind kind, string id) =>
        EditAnswer.Find(record, kind, id) ?? throw new UsageException($"ID: no {Named(kind)} has the id '{id}' (see `standing facts {kind.Name} --state CODE`)");

    private static string Author(ParseResult parse, Common o) =>
        parse.GetValue(o.Author) is { Length: > 0 } author ? author.Trim() : Environment.UserName;

    /// <summary>
    /// Makes the change and prints the change as the history lists it; a change that cannot be made is one line on stderr.
    /// The change is made of the latest record under the write lock, so a correction cannot find its fact changed meanwhile.
    /// </summary>
    private static async Task<int> CommitAsync(CliHost host, ParseResult parse, Common o, Func<EditedRecord, Domain.Editing.Change> change, CancellationToken ct)
    {
        var store = host.Store(parse.GetValue(o.Database));
        var record = await store.LoadRecordAsync(ct);
        var (proposal, after) = await EditAnswer.CommitAsync(store, record, change, ct);
        switch (proposal.Rejection)
        {
            case null:
                Renderer.Object(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(o.Format)), EditAnswer.Listed(after, proposal.Edit!), EditAnswer.HistoryColumns);
                return ExitCodes.Ok;
            case Rejection.NotFound:
                throw new UsageException("CHANGE: no change has that id (see `standing history`)");
            case Rejection.Unchanged:
                // Not an error: the record already says what was asked, so a script may repeat a change safely.
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{proposal.Refusals![0].Message}; no change was recorded");
                return ExitCodes.Ok;
            default:
                var first = proposal.Refusals![0];
                throw new EditInputException(first.Field, $"{first.Message}; nothing was written");
        }
    }
}
