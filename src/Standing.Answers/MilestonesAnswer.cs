using Standing.Domain;

namespace Standing.Answers;

/// <summary>Recognition counts that sources quote, beside what the data counts on the same date, and as known that day.</summary>
public static class MilestonesAnswer
{
    public sealed record Row(
        string Date, decimal Quoted, int Recognizing, int UnMembersRecognizing, int EverRecognized, int KnownThen, int EverRecognizedKnownThen, string Detail, string Source);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("date", r => r.Date), new("quoted", r => r.Quoted), new("recognizing", r => r.Recognizing),
        new("UN members", r => r.UnMembersRecognizing), new("ever recognized", r => r.EverRecognized),
        new("known then", r => r.KnownThen), new("ever, known then", r => r.EverRecognizedKnownThen), new("who and what", r => r.Detail),
    ];

    public const string Caption = "recognizing: UN members and others on the date; ever recognized: withdrawals ignored, as Kosovo's government counts; " +
        "known then: the same counts from only what had been reported by the date, as the source could have counted";

    public static IReadOnlyList<Row> For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.Milestones(q.Subject.Code, q.Perspective)
            .Select(m => new Row(m.Quoted.Date.ToString(), m.Quoted.Value, m.Recognising, m.UnMembersRecognising, m.EverRecognised,
                m.KnownThen, m.EverRecognisedKnownThen, m.Quoted.Detail, m.Quoted.Source.Value))];
    }
}
