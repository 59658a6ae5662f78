using ScottPlot;

namespace Standing.Cli.Charts;

/// <summary>Where a chart is written: a .png or .svg file, chosen by its extension.</summary>
internal static class ChartFile
{
    /// <summary>
    /// Checks, before any work is done or printed, that a chart can be written to <paramref name="file"/>: a .png or .svg
    /// name, in a folder that exists, where no file is yet (Standing does not overwrite a file it cannot tell is its own).
    /// </summary>
    /// <exception cref="UsageException">It cannot.</exception>
    public static void Check(FileInfo? file, string option)
    {
        if (file is null)
        {
            return;
        }

        if (!file.Name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !file.Name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{option}: '{file.Name}' must end in .png or .svg");
        }

        if (!Directory.Exists(file.DirectoryName))
        {
            throw new UsageException($"{option}: the folder {file.DirectoryName} does not exist");
        }

        if (file.Exists || Directory.Exists(file.FullName))
        {
            throw new UsageException($"{option}: {file.FullName} already exists; Standing does not overwrite files: remove it or choose another name");
        }
    }

    /// <summary>Writes the chart to a new file beside <paramref name="file"/> and renames it into place, so it appears whole or not at all.</summary>
    public static void Save(Plot plot, string file, int width, int height)
    {
        var partial = Path.Combine(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}{Path.GetExtension(file)}");
        try
        {
            if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                plot.SaveSvg(partial, width, height);
            }
            else
            {
                plot.SavePng(partial, width, height);
            }

            File.Move(partial, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
            throw new UsageException($"--chart: {file} appeared while the chart was drawn; it was left as it is");
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
