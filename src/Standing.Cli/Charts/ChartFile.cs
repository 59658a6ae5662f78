using ScottPlot;

namespace Standing.Cli.Charts;

/// <summary>Where a chart is written: a .png or .svg file, chosen by its extension.</summary>
internal static class ChartFile
{
    public static bool IsSupported(string file) =>
        file.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    public static void Save(Plot plot, string file, int width, int height)
    {
        if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(file, width, height);
        }
        else
        {
            plot.SavePng(file, width, height);
        }
    }
}
