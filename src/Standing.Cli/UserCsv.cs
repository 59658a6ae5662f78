using Standing.Domain;
using Standing.Domain.Entities;

namespace Standing.Cli;

/// <summary>
/// A small CSV file the user names on the command line (<c>--votes</c>, <c>--model</c>, <c>--weights</c>), read whole
/// with the data set's own RFC 4180 reader (so quoted fields work as a spreadsheet writes them) and checked at the door: it must be a readable file with the expected header, at least one row, the same number of
/// cells in every row, and no member listed twice. Every problem is a usage error naming the option, file and line.
/// </summary>
internal sealed class UserCsv
{
    private UserCsv(string option, string name, IReadOnlyList<Row> rows) => (Option, Name, Rows) = (option, name, rows);

    /// <summary>One row: its line number in the file and its cells, trimmed; the first cell is the member's code.</summary>
    public sealed record Row(int Line, IReadOnlyList<string> Cells)
    {
        public string Code => Cells[0];
    }

    public string Option { get; }

    public string Name { get; }

    public IReadOnlyList<Row> Rows { get; }

    /// <exception cref="UsageException">The file is missing, unreadable, empty, header-only or malformed.</exception>
    public static UserCsv Read(FileInfo file, string option, string header)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new UsageException($"{option}: {file.FullName} is a folder; give a CSV file with the header {header}");
        }

        if (!file.Exists)
        {
            throw new UsageException($"{option}: {file.FullName} does not exist");
        }

        List<Data.Files.CsvRecord> records;
        try
        {
            records = [.. Data.Files.CsvReader.Read(File.ReadAllText(file.FullName))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option}: {file.FullName} cannot be read ({e.Message})");
        }
        catch (FormatException e)
        {
            throw new UsageException($"{option}: {file.Name} {e.Message}");
        }

        var name = file.Name;
        if (records.Count == 0)
        {
            throw new UsageException($"{option}: {name} is empty; its first line must be the header {header}");
        }

        var columns = header.Split(',');
        if (!Trimmed(records[0]).SequenceEqual(columns, StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException($"{option}: {name} line {records[0].Line}: the header must be {header}");
        }

        var rows = new List<Row>();
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            var cells = Trimmed(record);
            if (cells.Count != columns.Length || cells[0].Length == 0)
            {
                throw new UsageException($"{option}: {name} line {record.Line}: expected {columns.Length} cells ({header}), found {cells.Count}");
            }

            if (!firstLine.TryAdd(cells[0], record.Line))
            {
                throw new UsageException($"{option}: {name} line {record.Line}: {cells[0]} is listed twice (first on line {firstLine[cells[0]]})");
            }

            rows.Add(new Row(record.Line, cells));
        }

        return rows.Count > 0 ? new UserCsv(option, name, rows) : throw new UsageException($"{option}: {name} has a header but no rows");
    }

    /// <summary>
    /// Checks the members' codes against the registry: a three-letter code must be a known state, other labels (M001)
    /// are allowed only for a <paramref name="hypothetical"/> body, and the subject never votes on itself.
    /// </summary>
    /// <param name="registry">Where states are looked up.</param>
    /// <param name="subject">The state whose admission is voted on.</param>
    /// <param name="hypothetical">Whether labels that are no state's code may stand for members of an imagined body.</param>
    /// <returns>Whether the codes are known states.</returns>
    public bool CheckCodes(Registry registry, EntityCode subject, bool hypothetical)
    {
        var known = Rows.Select(r => (Row: r, Entity: registry.FindEntity(r.Code))).ToList();
        if (known.FirstOrDefault(k => k.Entity?.Code == subject) is { Row: { } self })
        {
            throw new UsageException($"{Option}: {Name} line {self.Line}: {self.Code} is the subject of the vote and cannot vote on itself");
        }

        // Three letters read as a state code; a label of another shape (M001) stands for a member of an imagined body.
        var unknown = known.FirstOrDefault(k => k.Entity is null && (!hypothetical || k.Row.Code.Length == 3 && k.Row.Code.All(char.IsAsciiLetter)));
        if (unknown.Row is { } row)
        {
            throw new UsageException($"{Option}: {Name} line {row.Line}: unknown state code '{row.Code}'" +
                (hypothetical ? " (a hypothetical member needs a label that is not three letters, e.g. M001)" : ""));
        }

        return known.All(k => k.Entity is not null);
    }

    private static List<string> Trimmed(Data.Files.CsvRecord record) => [.. record.Fields.Select(c => c.Trim())];
}
