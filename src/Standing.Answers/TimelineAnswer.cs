using Standing.Domain;

namespace Standing.Answers;

/// <summary>Recognition events by date with the running UN-member count.</summary>
public static class TimelineAnswer
{
    public sealed record Row(string Date, string Code, string Name, string Event, bool UnMember, int UnCount, int TotalCount, string Source);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("date", r => r.Date), new("code", r => r.Code), new("name", r => r.Name), new("event", r => r.Event),
        new("UN member", r => r.UnMember), new("UN count", r => r.UnCount), new("total", r => r.TotalCount), new("source", r => r.Source),
    ];

    /// <summary>The events from <paramref name="from"/> (default: the subject's declaration) to <paramref name="to"/> (default: the question's date).</summary>
    /// <exception cref="AnswerInputException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<Row> For(Question q, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(q);
        var (start, end) = Range(q, from, to);
        return [.. q.Registry.Timeline(q.Subject.Code, start, end, q.Perspective).Select(p => new Row(p.Event.Date.ToString(), p.Event.State.Value,
            q.Registry.Entity(p.Event.State)?.Name ?? p.Event.State.Value, p.Event.Kind.ToKebab(), p.UnMember, p.UnCount, p.TotalCount, p.Event.Source.Value))];
    }

    /// <summary>The span a timeline covers.</summary>
    /// <exception cref="AnswerInputException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static (DateOnly From, DateOnly To) Range(Question q, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(q);
        var (start, end) = (from ?? q.Subject.Declared, to ?? q.AsOf);
        return end < start ? throw new AnswerInputException(AnswerField.To, $"{end:yyyy-MM-dd} is before the start, {start:yyyy-MM-dd}") : (start, end);
    }
}
