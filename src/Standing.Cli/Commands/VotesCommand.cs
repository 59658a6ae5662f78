using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing votes</c>: recorded votes, with Standing's verdict beside history's.</summary>
internal static class VotesCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var id = new Argument<string?>("id") { Description = "One vote's id (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var org = new Option<string?>("--org") { Description = "Only this organisation" };
        var subject = new Option<string?>("--subject") { Description = "Only votes on this applicant (code or name)" };
        var members = new Option<bool>("--members") { Description = "How each member voted in vote ID: its roll call, or its national delegations' votes" };
        var command = options.AddTo(new Command("votes", "List recorded votes with Standing's verdict beside history's, or one vote's roll call") { id, org, subject, members }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var wanted = parse.GetValue(id);
            if (parse.GetValue(members) && wanted is null)
            {
                throw new UsageException("--members: name the vote, e.g. standing votes unesco-eb-2015-xkx --members");
            }

            if (parse.GetValue(members) && (parse.GetValue(org) ?? parse.GetValue(subject)) is not null)
            {
                throw new UsageException("--members: the vote named already says its organisation and subject; leave out --org and --subject");
            }

            var q = await options.ReadAsync(parse, host, ct);
            var vote = wanted is null ? null
                : RollCallAnswer.Find(q.Registry, wanted) ?? throw new UsageException($"id: no recorded vote '{wanted}'; known: {string.Join(", ", q.Registry.Votes.Select(v => v.Id))}");
            if (parse.GetValue(members))
            {
                var rollCall = RollCallAnswer.For(q.Question, vote!);
                Renderer.List(q.Output, q.Format, rollCall, RollCallAnswer.Columns(vote!), RollCallAnswer.Caption(vote!, rollCall));
                return ExitCodes.Ok;
            }

            var rows = VotesAnswer.For(q.Registry, parse.GetValue(org) is { } o ? Arguments.Organisation(o, "--org") : null,
                parse.GetValue(subject) is { } s ? Arguments.Entity(q.Registry, s, "--subject").Code : null, vote);
            Renderer.List(q.Output, q.Format, rows, VotesAnswer.Columns, VotesAnswer.Caption(rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
