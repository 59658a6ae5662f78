using System.Diagnostics;
using System.Security.Cryptography;

namespace Standing.Web.Tests;

/// <summary>The web app started on a database it cannot use stops at once with the command line's words, not a stack trace.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("standing-web-start-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Start_DatabasePathHoldsATextFile_ExitsWithOneLineAndLeavesTheFile()
    {
        // Given
        var path = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(path, "my notes, not a database\n", TestContext.Current.CancellationToken);
        var before = SHA256.HashData(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));

        // When
        var (exit, output, error) = await RunAsync(path);

        // Then
        Assert.Equal(3, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"standing: database {path} ", line, StringComparison.Ordinal);
        Assert.Contains("not an SQLite file", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string database)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Standing.Web.exe" : "Standing.Web"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            // Port 0: should the app start after all, it takes a free port rather than fail on a busy one.
            Environment = { ["STANDING_DB"] = database, ["STANDING_DATA"] = RepositoryData.Directory, ["URLS"] = "http://127.0.0.1:0" },
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
