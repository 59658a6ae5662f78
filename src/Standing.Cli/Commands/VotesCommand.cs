using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Admission;

namespace Standing.Cli.Commands;

/// <summary><c>standing votes</c>: recorded votes, with Standing's verdict beside history's.</summary>
internal static class VotesCommand
{
    public sealed record Row(
        string Id, string Organisation, string Body, int Round, string Motion, string Subject, DateOnly Date, int Yes, int No, int Abstain, int? Absent,
        string Outcome, bool Passed, long? Required, long? Margin, bool Matches, string Explanation, string Source);

    private static readonly Column<Row>[] Columns =
    [
        new("id", r => r.Id), new("date", r => r.Date), new("org", r => r.Organisation), new("body", r => r.Body), new("round", r => r.Round),
        new("motion", r => r.Motion), new("subject", r => r.Subject), new("yes", r => r.Yes), new("no", r => r.No), new("abstain", r => r.Abstain), new("absent", r => r.Absent),
        new("history", r => r.Outcome), new("engine", r => r.Passed ? "passed" : "failed"), new("required", r => r.Required),
        new("matches", r => r.Matches),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string?>("--org") { Description = "Only this organisation" };
        var subject = new Option<string?>("--subject") { Description = "Only votes on this applicant (code or name)" };
        var command = options.AddTo(new Command("votes", "List recorded votes with Standing's verdict beside history's") { org, subject }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var orgId = parse.GetValue(org) is { } o ? Arguments.KnownOrganisation(q.Registry, o, "--org") : (Domain.Organisations.OrganisationId?)null;
            var applicant = parse.GetValue(subject) is { } s
                ? Arguments.Entity(q.Registry, s, "--subject").Code
                : (Domain.Entities.EntityCode?)null;
            var rows = q.Registry.Votes
                .Where(v => (orgId is null || v.Organisation == orgId) && (applicant is null || v.Subject == applicant))
                .Select(v => (Vote: v, Verdict: q.Registry.Evaluate(v)))
                .Select(x => new Row(x.Vote.Id, x.Vote.Organisation.Value, x.Vote.Body, x.Vote.Round, x.Vote.Motion, x.Vote.Subject.Value, x.Vote.Date,
                    x.Verdict.Tally.Yes, x.Verdict.Tally.No, x.Verdict.Tally.Abstain, x.Vote.AbsentKnown ? x.Vote.Tally.Absent : null,
                    x.Vote.Outcome.ToKebab(), x.Verdict.Passed, x.Verdict.Required, x.Verdict.Margin,
                    x.Verdict.Passed == (x.Vote.Outcome == VoteOutcome.Passed), x.Verdict.Explanation, x.Vote.Source.Value))
                .ToList();
            Renderer.List(q.Output, q.Format, rows, Columns, $"{rows.Count(r => r.Matches)} of {rows.Count} verdicts match history");
            return ExitCodes.Ok;
        });
        return command;
    }
}
