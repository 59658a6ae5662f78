using System.CommandLine;
using Standing.Answers;
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
            var view = VoteAnswer.For(q.Registry, new VoteAnswer.Ask(Arguments.Organisation(parse.GetRequiredValue(org), "--org"), parse.GetValue(body), parse.GetValue(round),
                tally, parse.GetValue(absent) is not null, ballots, parse.GetValue(motion) ?? AdmissionProcedure.AdmissionMotion), q.AsOf);
            Renderer.Object(q.Output, q.Format, view, VoteAnswer.Fields, WriteTable);
            return view.Passed ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, VoteAnswer.View view)
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
