using System.CommandLine;
using Standing.Cli.Output;
using Standing.Data.Files;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;

namespace Standing.Cli.Commands;

/// <summary><c>standing vote</c>: evaluates a tally under an organisation's admission rule and explains the arithmetic.</summary>
internal static class VoteCommand
{
    public sealed record TallyView(int Yes, int No, int Abstain, int Absent);

    public sealed record OutcomeView(string Rule, string Result, long? Required, string Reason);

    public sealed record ReadingView(string Id, string Description, bool Passed, long? Required, string Reason);

    public sealed record View(
        string Organisation, string Body, int Round, DateOnly AsOf, TallyView Tally, bool Passed, bool FullyChecked, long? Required, long? Margin,
        string Rule, string RuleDescription, string Explanation, IReadOnlyList<OutcomeView> Outcomes, IReadOnlyList<ReadingView> Readings)
    {
        public static View From(VoteVerdict v, DateOnly asOf) => new(
            v.Organisation.Value, v.Stage.Body, v.Round, asOf, new(v.Tally.Yes, v.Tally.No, v.Tally.Abstain, v.Tally.Absent),
            v.Passed, v.FullyChecked, v.Required, v.Margin, v.Rule.Id, v.Rule.Description, v.Explanation,
            [.. v.Parts.Select(p => new OutcomeView(p.RuleId, p.Result.ToKebab(), p.Required, p.Reason))],
            [.. v.Readings.Select(r => new ReadingView(r.Reading.Id, r.Reading.Description, r.Outcome.Result != RuleResult.Failed, r.Outcome.Required, r.Outcome.Reason))]);
    }

    private static readonly Column<View>[] Fields =
    [
        new("organisation", v => v.Organisation), new("body", v => v.Body), new("round", v => v.Round), new("asOf", v => v.AsOf),
        new("yes", v => v.Tally.Yes), new("no", v => v.Tally.No), new("abstain", v => v.Tally.Abstain), new("absent", v => v.Tally.Absent),
        new("passed", v => v.Passed), new("required", v => v.Required), new("margin", v => v.Margin), new("rule", v => v.Rule),
        new("explanation", v => v.Explanation),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string>("--org") { Description = "Organisation id (INTERPOL, UN, UNESCO, COE, ...)", Required = true };
        var body = new Option<string?>("--body") { Description = "Deciding body (default: the body that decides last)" };
        var round = new Option<int>("--round") { Description = "Round of voting", DefaultValueFactory = _ => 1 };
        var yes = new Option<int?>("--yes") { Description = "Votes in favour" };
        var no = new Option<int?>("--no") { Description = "Votes against" };
        var abstain = new Option<int?>("--abstain") { Description = "Abstentions (default 0)" };
        var absent = new Option<int?>("--absent") { Description = "Members not voting (default: the body's members on the date who did not vote)" };
        var motion = new Option<string>("--motion") { Description = "What is voted on: admission, or another decision of the procedure (e.g. status)", DefaultValueFactory = _ => "admission" };
        var votes = new Option<FileInfo?>("--votes") { Description = "CSV of member votes (columns code,vote with vote yes|no|abstain|absent) instead of counts" };
        var command = options.AddTo(new Command("vote", "Evaluate a tally under an organisation's admission rule") { org, body, round, yes, no, abstain, absent, motion, votes }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var counts = new[] { yes, no, abstain, absent }.Where(o => parse.GetValue(o) is not null).Select(o => o.Name).ToList();
            if (parse.GetValue(votes) is not null && counts.Count > 0)
            {
                throw new UsageException($"--votes: give either a file of member votes or the counts ({string.Join(", ", counts)}), not both");
            }

            var q = await options.ReadAsync(parse, host, ct);
            var ballots = parse.GetValue(votes) is { } file ? ReadVotes(file, q) : null;
            if (ballots is null && (parse.GetValue(yes) is null || parse.GetValue(no) is null))
            {
                throw new UsageException("--yes and --no are required (or give --votes FILE)");
            }

            var tally = new Tally(parse.GetValue(yes) ?? 0, parse.GetValue(no) ?? 0, parse.GetValue(abstain) ?? 0, parse.GetValue(absent) ?? 0);
            var verdict = q.Registry.EvaluateVote(Arguments.Organisation(parse.GetRequiredValue(org), "--org"), parse.GetValue(body), parse.GetValue(round), tally,
                parse.GetValue(absent) is not null, ballots, q.AsOf, parse.GetValue(motion) ?? "admission");
            var view = View.From(verdict, q.AsOf);
            Renderer.Object(q.Output, q.Format, view, Fields, WriteTable);
            return view.Passed ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, View view)
    {
        output.WriteLine(view.Explanation);
        Renderer.List(output, OutputFormat.Table, view.Outcomes, [new("rule", o => o.Rule), new("result", o => o.Result), new("required", o => o.Required), new("reason", o => o.Reason)]);
        foreach (var r in view.Readings)
        {
            output.WriteLine($"Under the reading '{r.Id}' ({r.Description}): {(r.Passed ? "passed" : "not passed")}; {r.Reason}.");
        }
    }

    private static List<MemberVote> ReadVotes(FileInfo file, Query q)
    {
        var csv = UserCsv.Read(file, "--votes", "code,vote");
        csv.CheckCodes(q.Registry, q.Subject.Code, hypothetical: false);
        var choices = KebabNames.Of<VoteChoice>();
        return [.. csv.Rows.Select(r => choices.TryGetValue(r.Cells[1], out var choice)
            ? new MemberVote(q.Registry.FindEntity(r.Code)!.Code, choice)
            : throw new UsageException($"--votes: {csv.Name} line {r.Line}: '{r.Cells[1]}' is not a vote; use one of {string.Join(", ", choices.Keys)}"))];
    }
}
