using System.Diagnostics;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Standing.Cli.Tests;

/// <summary>
/// <c>--db</c> pointing at something that is not Standing's database: refused with exit 3 and one line naming the
/// file, and not a byte of it changed. Unix only: the cases are devices, links and permission bits.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DatabaseFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("standing-db-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_folder))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string, string> ForeignFiles => new()
    {
        { "text", "not an SQLite file" },
        { "random", "not an SQLite file" },
        { "other-sqlite", "SQLite database that Standing did not create" },
        { "sqlite-header-then-garbage", "damaged" },
        { "truncated-standing", "damaged" },
        { "symlink", "symbolic link" },
        { "directory", "is a directory" },
    };

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public async Task Summary_DatabasePathHoldsAForeignFile_RefusesAndLeavesItUntouched(string kind, string reason)
    {
        // Given
        var path = await MakeAsync(kind);
        var before = Fingerprint(path);

        // When
        var result = await CliRunner.RunOnAsync(path, "summary");

        // Then
        AssertRefused(result, path, reason);
        Assert.Equal(before, Fingerprint(path));
        Assert.Equal(kind == "symlink" ? 2 : 1, Directory.GetFileSystemEntries(_folder).Length);
    }

    [Fact]
    public async Task Summary_DatabaseIsADevice_RefusesWithoutWriting()
    {
        var result = await CliRunner.RunOnAsync("/dev/null", "summary");

        AssertRefused(result, "/dev/null", "not a regular file");
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public async Task Summary_EmptyFile_BecomesStandingsDatabase()
    {
        var path = Path.Combine(_folder, "empty.db");
        await File.WriteAllBytesAsync(path, [], TestContext.Current.CancellationToken);

        var result = await CliRunner.RunOnAsync(path, "summary", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task Summary_ReadOnlyCurrentDatabase_IsReadWithoutChange()
    {
        // Given a database made by Standing, then made read-only
        var path = Path.Combine(_folder, "standing.db");
        Assert.Equal(0, (await CliRunner.RunOnAsync(path, "summary")).ExitCode);
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        var before = Fingerprint(path);

        // When
        var result = await CliRunner.RunOnAsync(path, "summary", "--format", "csv");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, Fingerprint(path));
        Assert.Single(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Summary_ReadOnlyDatabaseWithOlderData_RefusesAndSaysWhatToDo()
    {
        // Given a read-only Standing database that holds another data set than the files
        var path = Path.Combine(_folder, "standing.db");
        Assert.Equal(0, (await CliRunner.RunOnAsync(path, "summary")).ExitCode);
        Execute(path, "UPDATE meta SET Value = 'older' WHERE Key = 'data'");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        var before = Fingerprint(path);

        // When
        var result = await CliRunner.RunOnAsync(path, "summary");

        // Then
        AssertRefused(result, path, "read-only");
        Assert.Contains("chmod u+w", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(path));
    }

    [Fact]
    public async Task Summary_StandingDatabaseWithOlderData_IsRebuilt()
    {
        var path = Path.Combine(_folder, "standing.db");
        Assert.Equal(0, (await CliRunner.RunOnAsync(path, "summary")).ExitCode);
        Execute(path, "UPDATE meta SET Value = 'older' WHERE Key = 'data'");

        var result = await CliRunner.RunOnAsync(path, "summary", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(104, result.Json.GetProperty("unMembersRecognizing").GetInt32());
        Assert.Single(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Standing_FourProcessesOnAFreshDatabase_AllSucceedWithTheSameAnswer()
    {
        // Given four processes started at once on a path where nothing is yet
        var path = Path.Combine(_folder, "fresh.db");
        var processes = Enumerable.Range(0, 4).Select(_ => CliRunner.StartProcess(path, null, "summary", "--as-of", "2021-01-01", "--format", "csv")).ToList();

        // When they all finish
        var results = await Task.WhenAll(processes.Select(async p =>
        {
            var (output, error) = (p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken), p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            await p.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (p.ExitCode, Output: await output, Error: await error);
        }));

        // Then every one answered, the same, and one database is left with nothing beside it
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Single(results.Select(r => r.Output).Distinct());
        Assert.Contains("XKX,2021-01-01,default,104,", results[0].Output, StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFileSystemEntries(_folder));
    }

    private static void AssertRefused(CliResult result, string path, string reason)
    {
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Output);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    private async Task<string> MakeAsync(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, kind == "directory" ? "db" : "standing.db");
        switch (kind)
        {
            case "text":
                await File.WriteAllTextAsync(path, "notes I keep\n", ct);
                break;
            case "random":
                await File.WriteAllBytesAsync(path, RandomBytes(4096, seed: 1), ct);
                break;
            case "other-sqlite":
                Execute(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
                break;
            case "sqlite-header-then-garbage":
                await File.WriteAllBytesAsync(path, [.. "SQLite format 3\0"u8, .. RandomBytes(8192, seed: 2)], ct);
                break;
            case "truncated-standing":
                var whole = Path.Combine(Path.GetTempPath(), $"standing-whole-{Guid.NewGuid():N}.db");
                Assert.Equal(0, (await CliRunner.RunOnAsync(whole, "summary")).ExitCode);
                await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(whole, ct))[..6000], ct);
                File.Delete(whole);
                break;
            case "symlink":
                var target = Path.Combine(_folder, "notes.txt");
                await File.WriteAllTextAsync(target, "notes I keep\n", ct);
                File.CreateSymbolicLink(path, target);
                break;
            case "directory":
                Directory.CreateDirectory(path);
                await File.WriteAllTextAsync(Path.Combine(path, "keep.txt"), "mine\n", ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return path;
    }

    /// <summary>The bytes of a file, the target of a link, or the listing of a folder: whatever must not change.</summary>
    private static string Fingerprint(string path)
    {
        if (Directory.Exists(path))
        {
            return string.Join(";", Directory.GetFileSystemEntries(path).Select(f => $"{f}:{Fingerprint(f)}"));
        }

        var link = new FileInfo(path).LinkTarget;
        var bytes = link is null ? File.ReadAllBytes(path) : File.ReadAllBytes(new FileInfo(path).ResolveLinkTarget(true)!.FullName);
        return $"{link}|{Convert.ToHexString(SHA256.HashData(bytes))}|{File.GetUnixFileMode(path)}";
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
