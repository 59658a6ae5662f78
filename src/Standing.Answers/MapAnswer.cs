using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;

namespace Standing.Answers;

/// <summary>Every state's recognition status on a date under a perspective: one call paints the map.</summary>
/// <remarks>
/// Statuses: <c>recognises</c>; <c>withdrew</c>; <c>disputed</c>, where a withdrawal of that state is claimed and the
/// sources find it disputed (whether or not the perspective counts it: <c>recognizing</c> says); <c>none</c> (never
/// recognised); <c>subject</c>.
/// </remarks>
public static class MapAnswer
{
    public sealed record Row(string Code, string Name, string Status, bool Recognizing, string? Since, string? Source, bool UnMember);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("code", r => r.Code), new("name", r => r.Name), new("status", r => r.Status), new("recognizing", r => r.Recognizing), new("since", r => r.Since),
        new("source", r => r.Source), new("UN member", r => r.UnMember),
    ];

    public static IReadOnlyList<Row> For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var ledger = q.Registry.Ledger(q.Subject.Code, q.Perspective);
        var disputed = q.Registry.Claims
            .Where(c => c.Subject == q.Subject.Code && c.Event == RecognitionEventKind.Withdrawn && c.Status == ClaimStatus.Disputed && c.EventDate.Date <= q.AsOf)
            .Select(c => c.State).ToHashSet();
        return [.. q.Registry.Entities
            .Where(e => e.Kind is EntityKind.State or EntityKind.StateLimited or EntityKind.AssociatedState)
            .OrderBy(e => e.Code.Value, StringComparer.Ordinal)
            .Select(e =>
            {
                var status = ledger.StatusOn(e.Code, q.AsOf);
                var name = e.Code == q.Subject.Code ? "subject"
                    : status.State == RecognitionState.NeverRecognised ? "none"
                    : disputed.Contains(e.Code) ? "disputed"
                    : status.IsRecognised ? "recognises" : "withdrew";
                return new Row(e.Code.Value, e.Name, name, status.IsRecognised, status.Since?.ToString(), status.LastEvent?.Source.Value, q.Registry.IsUnMember(e.Code, q.AsOf));
            })];
    }
}
