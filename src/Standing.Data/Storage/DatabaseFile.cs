using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Standing.Data.Storage;

/// <summary>The database path cannot be used; the file there was left exactly as it was.</summary>
/// <param name="path">The database path.</param>
/// <param name="reason">Why, and what to do, in one sentence.</param>
public sealed class DatabaseUnusableException(string path, string reason) : Exception($"{path} {reason}")
{
    /// <summary>The database path.</summary>
    public string Path { get; } = path;
}

/// <summary>What is at the database path, as far as Standing may touch it.</summary>
/// <param name="Exists">False when nothing is there or the file is empty: Standing may create its database there.</param>
/// <param name="ReadOnly">The file has no write permission for its owner: it can be read but not rebuilt.</param>
/// <param name="Meta">The meta table of a Standing database (schema version, data fingerprint); empty otherwise.</param>
internal sealed partial record DatabaseFile(bool Exists, bool ReadOnly, IReadOnlyDictionary<string, string> Meta)
{
    /// <summary>
    /// Marks a database as Standing's own (SQLite's <c>application_id</c> header field, "STND"): only a file that carries
    /// it may be rebuilt. Databases written before the marker existed are recognised by their meta and documents tables.
    /// </summary>
    public const int ApplicationId = 0x53544E44;

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Looks at <paramref name="path"/> without changing it.</summary>
    /// <exception cref="DatabaseUnusableException">The path holds something Standing must not read or replace.</exception>
    public static DatabaseFile Inspect(string path)
    {
        if (Directory.Exists(path))
        {
            throw new DatabaseUnusableException(path, "is a directory: give the path of a database file, e.g. " + System.IO.Path.Combine(path, "standing.db"));
        }

        var type = FileTypeOf(path);
        if (type == FileType.Missing)
        {
            return new(false, false, new Dictionary<string, string>());
        }

        if (type == FileType.SymbolicLink)
        {
            throw new DatabaseUnusableException(path, "is a symbolic link; Standing will not replace it: give the path of the database file itself");
        }

        if (type == FileType.Other)
        {
            throw new DatabaseUnusableException(path, "is not a regular file (a device, pipe or socket); Standing will not write to it: give the path of a database file");
        }

        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return new(false, false, new Dictionary<string, string>());
        }

        var readOnly = IsReadOnly(info);
        if (!StartsWithSqliteHeader(path))
        {
            throw new DatabaseUnusableException(path, "is not a database Standing created (it is not an SQLite file); it was left untouched: give another path");
        }

        return new(true, readOnly, ReadStandingMeta(path, readOnly));
    }

    /// <summary>
    /// A connection to Standing's own database, which writers may change while it reads (so not <c>immutable</c>): it
    /// takes SQLite's shared lock, and a long writer is waited for.
    /// </summary>
    public static string SharedConnectionString(string path, bool readOnly = false) => new SqliteConnectionStringBuilder
    {
        DataSource = System.IO.Path.GetFullPath(path),
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
        Pooling = false,
        DefaultTimeout = 60,
    }.ToString();

    /// <summary>
    /// A connection that reads the file as it is: SQLite's <c>immutable</c> flag keeps it from creating journal or
    /// shared-memory files beside it, which matters when the file is not Standing's.
    /// </summary>
    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = new UriBuilder { Scheme = Uri.UriSchemeFile, Host = "", Path = System.IO.Path.GetFullPath(path), Query = "immutable=1" }.Uri.AbsoluteUri,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    private static bool StartsWithSqliteHeader(string path)
    {
        var header = new byte[SqliteHeader.Length];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.AsSpan().SequenceEqual(SqliteHeader);
        }
        catch (UnauthorizedAccessException)
        {
            throw new DatabaseUnusableException(path, "cannot be read (permission denied): make it readable or give another path");
        }
    }

    /// <summary>The meta table of a Standing database; refuses any other SQLite database and a damaged one.</summary>
    private static Dictionary<string, string> ReadStandingMeta(string path, bool readOnly)
    {
        // Standing's own database may be written meanwhile, so it is read under SQLite's locks (which also roll back a
        // write cut short); any other file is read as it is, creating nothing beside it.
        using var connection = new SqliteConnection(HeaderApplicationId(path) == ApplicationId ? SharedConnectionString(path, readOnly) : ReadOnlyConnectionString(path));
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA application_id";
            var applicationId = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            command.CommandText = """SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'documents')""";
            var legacy = applicationId == 0 && Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 2;
            if (applicationId != ApplicationId && !legacy)
            {
                throw new DatabaseUnusableException(path, "is an SQLite database that Standing did not create; it was left untouched: give another path");
            }

            // Microsoft.Data.Sqlite's async calls complete synchronously, so this waits on nothing.
            var meta = Database.MetaAsync(connection, null, CancellationToken.None).GetAwaiter().GetResult();

            if (legacy && !meta.ContainsKey("schema"))
            {
                throw new DatabaseUnusableException(path, "is an SQLite database that Standing did not create; it was left untouched: give another path");
            }

            return meta;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            var said = e.Message.Split('\'') is { Length: >= 3 } parts ? parts[1] : e.Message;
            throw new DatabaseUnusableException(path, $"is damaged or not a database (SQLite says: {said}); it was left untouched: move it aside and Standing will build a new one there");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1)
        {
            // A table Standing always has is missing: a database of another program, or a damaged one of ours.
            throw new DatabaseUnusableException(path, "is an SQLite database that Standing did not create; it was left untouched: give another path");
        }
    }

    /// <summary>Whether the file is there but its owner may not write it (checked before a write, without opening it).</summary>
    public static bool IsReadOnly(string path) => new FileInfo(path) is { Exists: true } info && IsReadOnly(info);

    private static bool IsReadOnly(FileInfo info) => !OperatingSystem.IsWindows() && (info.UnixFileMode & UnixFileMode.UserWrite) == 0;

    /// <summary>The application id in an SQLite file's header (four bytes, big-endian, at offset 68).</summary>
    private static int HeaderApplicationId(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[72];
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length ? 0 : System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[68..]);
    }

    private enum FileType
    {
        Missing,
        Regular,
        SymbolicLink,
        Other,
    }

    /// <summary>The kind of file at <paramref name="path"/>, without following a symbolic link.</summary>
    private static FileType FileTypeOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return Statx.TypeOf(path);
        }

        // Elsewhere .NET tells links apart but not devices from files.
        var info = new FileInfo(path);
        return !info.Exists && info.LinkTarget is null ? FileType.Missing : info.LinkTarget is not null ? FileType.SymbolicLink : FileType.Regular;
    }

    /// <summary>Linux's statx(2): its result has one layout on every architecture, unlike stat(2)'s.</summary>
    private static partial class Statx
    {
        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxType = 0x1;
        private const int ModeOffset = 28;
        private const int NoSuchFile = 2;

        public static FileType TypeOf(string path)
        {
            var buffer = new byte[256];
            if (Call(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                return error == NoSuchFile ? FileType.Missing : throw new DatabaseUnusableException(path, $"cannot be examined ({Marshal.GetPInvokeErrorMessage(error)}): give another path");
            }

            return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
            {
                0x8000 => FileType.Regular,
                0xA000 => FileType.SymbolicLink,
                _ => FileType.Other,
            };
        }

        [LibraryImport("libc.so.6", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static partial int Call(int directory, string path, int flags, uint mask, [Out] byte[] result);
    }
}
