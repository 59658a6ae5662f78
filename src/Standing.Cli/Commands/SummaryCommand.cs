using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing summary</c>: how many states recognise the subject on a date.</summary>
internal static class SummaryCommand
{
    public sealed record View(
        string Subject, DateOnly AsOf, string Perspective, int UnMembersRecognizing, int UnMembers, int NonUnRecognizing, int Withdrawn);

    private static readonly Column<View>[] Fields =
    [
        new("subject", v => v.Subject), new("asOf", v => v.AsOf), new("perspective", v => v.Perspective),
        new("unMembersRecognizing", v => v.UnMembersRecognizing), new("unMembers", v => v.UnMembers),
        new("nonUnRecognizing", v => v.NonUnRecognizing), new("withdrawn", v => v.Withdrawn),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("summary", "Count the subject's recognitions on a date"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var s = q.Registry.Summary(q.Subject.Code, q.AsOf, q.Perspective);
            Renderer.Object(q.Output, q.Format,
                new View(s.Subject.Value, s.AsOf, s.Perspective.ToKebab(), s.UnMembersRecognizing, s.UnMembers, s.NonUnRecognizing, s.Withdrawn),
                Fields);
            return ExitCodes.Ok;
        });
        return command;
    }
}
