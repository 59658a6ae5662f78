using ScottPlot;
using Standing.Domain;

namespace Standing.Cli.Charts;

/// <summary>Draws requests per channel and year as grouped bars.</summary>
internal static class ChannelsChart
{
    public static void Save(Registry registry, string file)
    {
        var counts = registry.RequestCounts;
        var years = counts.Select(c => c.Year).Distinct().Order().ToList();
        var channels = counts.Select(c => c.Channel).Distinct().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var plot = new Plot();
        var bars = new List<Bar>();
        foreach (var (channel, i) in channels.Select((c, i) => (c, i)))
        {
            foreach (var (year, y) in years.Select((y, j) => (y, j)))
            {
                var count = counts.FirstOrDefault(c => c.Channel == channel && c.Year == year);
                if (count is not null)
                {
                    bars.Add(new Bar { Position = (y * (channels.Count + 1)) + i, Value = count.Requests, FillColor = palette.GetColor(i) });
                }
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = channel, FillColor = palette.GetColor(i) });
        }

        plot.Add.Bars(bars);
        var ticks = years.Select((y, j) => new Tick((j * (channels.Count + 1)) + ((channels.Count - 1) / 2.0),
            counts.Any(c => c.Year == y && c.Until is not null) ? $"{y} (partial)" : y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Requests handled through each police-cooperation channel");
        plot.YLabel("requests received and sent");
        plot.ShowLegend(Alignment.UpperLeft);
        ChartFile.Save(plot, file, 1000, 560);
    }
}
