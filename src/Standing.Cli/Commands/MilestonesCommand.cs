using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing milestones</c>: recognition counts that sources quote, beside what the data counts on the same date.</summary>
internal static class MilestonesCommand
{
    public sealed record Row(
        string Date, decimal Quoted, int Recognizing, int UnMembersRecognizing, int EverRecognized, int KnownThen, int EverRecognizedKnownThen, string Detail, string Source);

    private static readonly Column<Row>[] Columns =
    [
        new("date", r => r.Date), new("quoted", r => r.Quoted), new("recognizing", r => r.Recognizing),
        new("UN members", r => r.UnMembersRecognizing), new("ever recognized", r => r.EverRecognized),
        new("known then", r => r.KnownThen), new("ever, known then", r => r.EverRecognizedKnownThen), new("who and what", r => r.Detail),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("milestones", "Compare recognition counts quoted by sources with the data's counts"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = q.Registry.Milestones(q.Subject.Code, q.Perspective)
                .Select(m => new Row(m.Quoted.Date.ToString(), m.Quoted.Value, m.Recognising, m.UnMembersRecognising, m.EverRecognised,
                    m.KnownThen, m.EverRecognisedKnownThen, m.Quoted.Detail, m.Quoted.Source.Value))
                .ToList();
            Renderer.List(q.Output, q.Format, rows, Columns,
                "recognizing: UN members and others on the date; ever recognized: withdrawals ignored, as Kosovo's government counts; " +
                "known then: the same counts from only what had been reported by the date, as the source could have counted");
            return ExitCodes.Ok;
        });
        return command;
    }
}
