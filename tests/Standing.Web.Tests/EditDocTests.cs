using Standing.Answers;
using Standing.Data.Files;
using Standing.Domain.Editing;
using Standing.Web.Endpoints;

namespace Standing.Web.Tests;

/// <summary>docs/guide/api.md's table of the kinds of fact a change can make: generated from the kinds, their paths and fields.</summary>
public sealed class EditDocTests
{
    private static readonly string Doc = Path.Combine(RepositoryData.Directory, "..", "docs", "guide", "api.md");

    [Fact]
    public void TheKindsOfFact_AreDocumentedAsTheyAre()
    {
        var shipped = DataSetReader.Read(RepositoryData.Directory).Input;
        var rows = FactKinds.All.Select(k =>
            $"| {k.Name} | `/api/{EditEndpoints.Paths[k]}` | `{k.Identified(shipped).First().Id}` | {string.Join(", ", EditAnswer.Fields(k))} |\n");

        GeneratedSection.Check(Doc, "fact-kinds", "| kind | path | an id | fields |\n|---|---|---|---|\n" + string.Concat(rows),
            "dotnet test --project tests/Standing.Web.Tests -- --filter-class \"*EditDocTests\"");
    }
}
