namespace Standing.Tests;

/// <summary>Where the repository's own data/ lives, found by walking up from the test binaries.</summary>
internal static class RepositoryData
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Standing.slnx")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new InvalidOperationException("repository root (Standing.slnx) not found above " + AppContext.BaseDirectory);
    }
}
