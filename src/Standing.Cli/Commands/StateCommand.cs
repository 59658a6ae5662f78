using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing state CODE</c>: one state's recognition events, claims, position, memberships and sources.</summary>
internal static class StateCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var code = new Argument<string>("code") { Description = "The state's code (e.g. GHA) or name" };
        var command = options.AddTo(new Command("state", "Show one state's recognition of the subject, claims, position and memberships") { code });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var entity = Arguments.Entity(q.Registry, parse.GetRequiredValue(code), "code");
            Renderer.Object(q.Output, q.Format, StateAnswer.For(q.Question, entity.Code), StateAnswer.Fields, WriteTables);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTables(TextWriter output, StateAnswer.View v)
    {
        var status = v.Recognition switch
        {
            "subject" => $"the subject itself",
            "withdrawn" => $"withdrew recognition of {v.Subject} on {v.Since} (first recognised {v.RecognizedOn})",
            "recognised" when v.Since != v.RecognizedOn => $"recognises {v.Subject} since {v.Since} (first recognised {v.RecognizedOn})",
            "recognised" => $"recognises {v.Subject} since {v.Since}",
            _ => $"has not recognised {v.Subject}",
        };
        output.WriteLine($"{v.Name} ({v.Code}) on {v.AsOf:yyyy-MM-dd}: {status}; perspective {v.Perspective}");
        if (v.Events.Count > 0)
        {
            Renderer.List(output, OutputFormat.Table, v.Events, [new("event", e => e.Event), new("date", e => e.Date), new("source", e => e.Source), new("note", e => e.Note)]);
        }

        if (v.Claims.Count > 0)
        {
            Renderer.List(output, OutputFormat.Table, v.Claims,
                [new("claim", c => $"{c.Event} {c.EventDate}"), new("party", c => c.Party), new("said on", c => c.SaidOn), new("stance", c => c.Stance),
                 new("status", c => c.Status), new("statement", c => c.Statement), new("source", c => c.Source),
                 new("note", c => c.Note)]);
        }

        foreach (var p in v.Positions)
        {
            output.WriteLine($"Position{(p.StatedOn is null ? "" : $" ({p.StatedOn})")}: {p.Position} [{p.Source}]");
        }

        if (v.Memberships.Count > 0)
        {
            Renderer.List(output, OutputFormat.Table, v.Memberships,
                [new("org", m => m.Org), new("status", m => m.Status), new("since", m => m.Since ?? "before records"), new("until", m => m.Until), new("current", m => m.Current)]);
        }

        if (v.Relations.Count > 0)
        {
            Renderer.List(output, OutputFormat.Table, v.Relations,
                [new("relation", x => x.Kind), new("value", x => x.Value), new("since", x => x.Since), new("until", x => x.Until), new("current", x => x.Current), new("verified", x => x.Verified), new("detail", x => x.Detail)]);
        }

        if (v.RelationClaims.Count > 0)
        {
            Renderer.List(output, OutputFormat.Table, v.RelationClaims,
                [new("claim", c => $"{c.Kind} {c.Value} {c.Change} {c.EventDate}"), new("party", c => c.Party), new("said on", c => c.SaidOn),
                 new("stance", c => c.Stance), new("status", c => c.Status), new("statement", c => c.Statement), new("source", c => c.Source)]);
        }

        if (v.Votes.Count > 0)
        {
            Renderer.List(output, OutputFormat.Table, v.Votes,
                [new("vote", x => x.Vote), new("date", x => x.Date), new("org", x => x.Organisation), new("body", x => x.Body), new("motion", x => x.Motion),
                 new("subject", x => x.Subject), new("cast", x => x.Cast), new("note", x => x.Note)]);
        }

        foreach (var s in v.Sources)
        {
            output.WriteLine($"Source: {s.Title} ({s.Publisher}), {s.Url}, accessed {s.Accessed:yyyy-MM-dd}");
        }
    }
}
