using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing orgs</c>: each organisation's members on a date, how many recognise the subject, and the subject's own status.</summary>
internal static class OrgsCommand
{
    public sealed record Row(
        string Id, string Name, int Members, int Recognizing, IReadOnlyList<string> NotRecognizing, string SubjectStatus, string? SubjectStatusSince,
        string? Position);

    private static readonly Column<Row>[] Columns =
    [
        new("id", r => r.Id), new("name", r => r.Name), new("members", r => r.Members), new("recognizing", r => r.Recognizing),
        new("subject status", r => r.SubjectStatus), new("since", r => r.SubjectStatusSince), new("not recognizing", r => r.NotRecognizing),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("orgs", "Show the subject's standing in each organisation on a date"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = q.Registry.Standing(q.Subject.Code, q.AsOf, q.Perspective)
                .Select(s => new Row(s.Organisation.Id.Value, s.Organisation.Name, s.Members, s.Recognizing,
                    [.. s.NotRecognizing.Select(c => c.Value)], s.SubjectStatus?.Status.ToKebab() ?? "none", s.SubjectStatus?.Since?.ToString(),
                    q.Registry.PositionOf(s.Organisation.Id, q.Subject.Code, q.AsOf)?.Text))
                .ToList();
            Renderer.List(q.Output, q.Format, rows, Columns, $"Standing of {q.Subject.Code} on {q.AsOf:yyyy-MM-dd} (perspective {q.Perspective.ToKebab()})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
