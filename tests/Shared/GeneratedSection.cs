namespace Standing.Tests;

/// <summary>
/// A section of a document that is generated from the data, between <c>&lt;!-- generated: NAME --&gt;</c> and
/// <c>&lt;!-- end generated --&gt;</c>: checked against what the data gives, or rewritten with <c>STANDING_UPDATE_DOCS=1</c>.
/// </summary>
internal static class GeneratedSection
{
    /// <summary>Fails unless the section of <paramref name="document"/> is <paramref name="expected"/>; rewrites it instead when asked to.</summary>
    public static void Check(string document, string section, string expected, string regenerate)
    {
        var text = File.ReadAllText(document);
        var (begin, end) = ($"<!-- generated: {section} -->\n", "<!-- end generated -->");
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{Path.GetFileName(document)} lacks the marker '{begin.Trim()}'");
        start += begin.Length;
        var stop = text.IndexOf(end, start, StringComparison.Ordinal);
        var actual = text[start..stop];
        if (Environment.GetEnvironmentVariable("STANDING_UPDATE_DOCS") == "1" && actual != expected)
        {
            File.WriteAllText(document, text[..start] + expected + text[stop..]);
            return;
        }

        Assert.True(expected == actual, $"{Path.GetFileName(document)}'s {section} section is out of date; regenerate it with STANDING_UPDATE_DOCS=1 {regenerate}\n{expected}");
    }
}
