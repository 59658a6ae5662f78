using System.Globalization;
using Standing.Domain;

namespace Standing.Answers;

/// <summary>The police-cooperation arrangements in force on a date, and requests per channel and year.</summary>
public static class ChannelsAnswer
{
    public sealed record Row(string Id, string Name, string Kind, IReadOnlyList<string> Links, string Basis, string Scope, string? Since, string? Until, string Source);

    public sealed record StatRow(int Year, string Channel, int Requests, double Share, double? Growth, DateOnly? Until, string Source);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("id", r => r.Id), new("name", r => r.Name), new("links", r => r.Links), new("scope", r => r.Scope),
        new("since", r => r.Since), new("until", r => r.Until),
    ];

    public static readonly IReadOnlyList<Column<StatRow>> StatColumns =
    [
        new("year", r => r.Year), new("channel", r => r.Channel), new("requests", r => r.Requests),
        new("share", r => $"{r.Share:P1}"), new("growth", r => r.Growth is { } g ? $"{g:+0.0%;-0.0%}" : ""), new("until", r => r.Until),
    ];

    public const string StatsCaption = "requests received and sent per channel; growth against the channel's previous year";

    public static IReadOnlyList<Row> On(Registry registry, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.ArrangementsOn(day).Select(a => new Row(a.Id, a.Name, a.Kind, [.. a.Links.Select(l => l.ToString())], a.Basis,
            a.Scope.Count == 0 ? "all" : string.Join(";", a.Scope.Order(StringComparer.Ordinal)), a.Since?.ToString(),
            a.Period.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Source.Value))];
    }

    public static IReadOnlyList<StatRow> Statistics(Registry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.ChannelStatistics().Select(s => new StatRow(s.Count.Year, s.Count.Channel, s.Count.Requests, Math.Round(s.Share, 4),
            s.Growth is { } g ? Math.Round(g, 4) : null, s.Count.Until, s.Count.Source.Value))];
    }
}
