using Standing.Data.Files;
using Standing.Domain;
using Standing.Domain.Time;

namespace Standing.Data.Tests;

/// <summary>The registry built from the repository's own data set, read once for all tests that ask about it.</summary>
internal static class RepositoryRegistry
{
    private static readonly Lazy<Registry> Data = new(() =>
    {
        var set = DataSetReader.Read(RepositoryData.Directory);
        Assert.True(set.Report.IsValid, string.Join("\n", set.Report.Problems.Take(20)));
        return Registry.Create(set.Input);
    });

    public static Registry Registry => Data.Value;

    public static DateOnly D(string iso) => DateFormats.TryParseIso(iso, out var d) ? d : throw new ArgumentException(iso);
}
