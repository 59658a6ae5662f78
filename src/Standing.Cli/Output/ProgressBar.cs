namespace Standing.Cli.Output;

/// <summary>A one-line text progress bar on stderr, redrawn with a carriage return, safe to call from worker threads.</summary>
internal sealed class ProgressBar(TextWriter error, string label)
{
    private readonly Lock _gate = new();
    private int _shown = -1;

    /// <summary>Shows <paramref name="fraction"/> (0 to 1) done, redrawing only every 5 %.</summary>
    public void Report(double fraction)
    {
        var percent = (int)Math.Clamp(fraction * 100, 0, 100);
        lock (_gate)
        {
            if (percent / 5 == _shown / 5)
            {
                return;
            }

            _shown = percent;
            error.Write($"\r{label} [{new string('#', percent / 5),-20}] {percent,3}%");
        }
    }

    public void Done()
    {
        lock (_gate)
        {
            error.WriteLine($"\r{label} [{new string('#', 20)}] 100%");
        }
    }
}
