using ScottPlot;
using Standing.Domain;
using Standing.Domain.Recognition;

namespace Standing.Cli.Charts;

/// <summary>Draws "Recognition of the subject by UN member states over time", with withdrawals and quoted milestones marked.</summary>
internal static class TimelineChart
{
    public static void Save(Query q, DateOnly from, DateOnly to, string file)
    {
        var registry = q.Registry;
        var days = registry.Timeline(q.Subject.Code, from, to, q.Perspective).Select(p => p.Event.Date.Date)
            .Prepend(from).Append(to).Distinct().Order().ToList();
        var summaries = days.Select(d => registry.Summary(q.Subject.Code, d, q.Perspective)).ToList();
        var xs = days.Select(X).ToArray();

        var plot = new Plot();
        var recognising = plot.Add.ScatterLine(xs, [.. summaries.Select(s => (double)s.UnMembersRecognizing)]);
        recognising.ConnectStyle = ConnectStyle.StepHorizontal;
        recognising.LineWidth = 2;
        recognising.Color = Colors.Navy;
        recognising.LegendText = "UN members recognising";
        var others = plot.Add.ScatterLine(xs, [.. summaries.Select(s => (double)(s.UnMembers - s.UnMembersRecognizing))]);
        others.ConnectStyle = ConnectStyle.StepHorizontal;
        others.Color = Colors.Gray;
        others.LegendText = "other UN members";

        var withdrawals = registry.Ledger(q.Subject.Code, q.Perspective).Events
            .Where(e => e.Kind == RecognitionEventKind.Withdrawn && e.Date.Date >= from && e.Date.Date <= to).ToList();
        foreach (var (w, i) in withdrawals.Select((w, i) => (w, i)))
        {
            // Withdrawals cluster in 2017-2020: one legend entry names them all, rather than overlapping labels.
            var line = plot.Add.VerticalLine(X(w.Date.Date), 1, Colors.Red.WithAlpha(0.5), LinePattern.Dashed);
            line.LegendText = i == 0 ? $"withdrawals ({string.Join(", ", withdrawals.Select(x => x.State.Value))})" : "";
        }

        var milestones = registry.Observations.Where(o => o.Series == "recognitions-quoted" && o.Date.Date >= from && o.Date.Date <= to).ToList();
        if (milestones.Count > 0)
        {
            var quoted = plot.Add.ScatterPoints(milestones.Select(m => X(m.Date.Date)).ToArray(), milestones.Select(m => (double)m.Value).ToArray());
            quoted.MarkerSize = 8;
            quoted.MarkerShape = MarkerShape.OpenDiamond;
            quoted.Color = Colors.DarkOrange;
            quoted.LegendText = "recognitions quoted by sources";
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title($"Recognition of {registry.Entity(q.Subject.Code)?.Name ?? q.Subject.Code.Value} by UN member states over time");
        plot.YLabel("UN member states");
        plot.Axes.SetLimitsY(0, Math.Max(200, summaries.Max(s => s.UnMembers) + 5));
        plot.ShowLegend(Alignment.UpperLeft);
        ChartFile.Save(plot, file, 1100, 600);
    }

    private static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToOADate();
}
