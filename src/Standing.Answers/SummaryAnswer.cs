using Standing.Domain;

namespace Standing.Answers;

/// <summary>How many states recognise the subject on a date.</summary>
public static class SummaryAnswer
{
    public sealed record View(
        string Subject, DateOnly AsOf, string Perspective, int UnMembersRecognizing, int UnMembers, int NonUnRecognizing, int Withdrawn, DateOnly? AsKnownOn);

    public static readonly IReadOnlyList<Column<View>> Fields =
    [
        new("subject", v => v.Subject), new("asOf", v => v.AsOf), new("perspective", v => v.Perspective),
        new("unMembersRecognizing", v => v.UnMembersRecognizing), new("unMembers", v => v.UnMembers),
        new("nonUnRecognizing", v => v.NonUnRecognizing), new("withdrawn", v => v.Withdrawn), new("asKnownOn", v => v.AsKnownOn),
    ];

    public static View For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var s = q.Registry.Summary(q.Subject.Code, q.AsOf, q.Perspective);
        return new View(s.Subject.Value, s.AsOf, s.Perspective.ToKebab(), s.UnMembersRecognizing, s.UnMembers, s.NonUnRecognizing, s.Withdrawn, q.AsKnownOn);
    }
}
