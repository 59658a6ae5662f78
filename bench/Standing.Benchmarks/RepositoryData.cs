using Standing.Data.Files;
using Standing.Domain;

namespace Standing.Benchmarks;

/// <summary>The repository's data set, found above the benchmark's folder.</summary>
internal static class RepositoryData
{
    public static RegistryInput Read()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(data, "recognitions.csv")))
            {
                return DataSetReader.Read(data).Input;
            }
        }

        throw new DirectoryNotFoundException("data/ not found above " + AppContext.BaseDirectory);
    }
}
