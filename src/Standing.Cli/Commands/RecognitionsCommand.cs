using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing recognitions</c>: the states that recognise the subject on a date.</summary>
internal static class RecognitionsCommand
{
    public sealed record Row(string Code, string Name, string RecognizedOn, string? RestoredOn, bool UnMember, string Source);

    private static readonly Column<Row>[] Columns =
    [
        new("code", r => r.Code), new("name", r => r.Name), new("recognized on", r => r.RecognizedOn),
        new("restored on", r => r.RestoredOn), new("UN member", r => r.UnMember), new("source", r => r.Source),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("recognitions", "List the states that recognise the subject on a date"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = q.Registry.Recognisers(q.Subject.Code, q.AsOf, q.Perspective)
                .Select(r => new Row(r.Entity.Code.Value, r.Entity.Name, r.RecognisedOn.ToString(), r.RestoredOn?.ToString(), r.UnMember, r.Source.Value))
                .ToList();
            Renderer.List(q.Output, q.Format, rows, Columns,
                $"{rows.Count} states recognise {q.Subject.Code} on {q.AsOf:yyyy-MM-dd} ({rows.Count(r => r.UnMember)} UN members; perspective {q.Perspective.ToKebab()})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
