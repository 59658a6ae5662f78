using Standing.Domain.Validation;

namespace Standing.Data.Files;

/// <summary>A CSV file of the data set, read with its header, reporting each bad field as a <see cref="Problem"/>.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records)
    {
        Path = path;
        _columns = header.Select((h, i) => (h.Trim(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
        Records = records;
    }

    /// <summary>The file's path as shown in problems (<c>data/recognitions.csv</c>).</summary>
    public string Path { get; }

    /// <summary>The records after the header.</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>Reads a file; returns null (and records why) when it cannot be read or lacks a required column.</summary>
    public static CsvTable? Load(string file, string shownPath, IReadOnlyList<string> required, List<Problem> problems)
    {
        List<CsvRecord> records;
        try
        {
            records = [.. CsvReader.Read(File.ReadAllText(file))];
        }
        catch (FormatException e)
        {
            problems.Add(new("bad-csv", e.Message, shownPath));
            return null;
        }

        if (records.Count == 0)
        {
            problems.Add(new("bad-csv", "the file has no header row", shownPath));
            return null;
        }

        var table = new CsvTable(shownPath, records[0].Fields, records[1..]);
        var missing = required.Where(c => !table._columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("missing-column", $"header lacks column(s) {string.Join(", ", missing)}", $"{shownPath}:1"));
            return null;
        }

        return table;
    }

    /// <summary>Builds one value per record; a record with any bad field yields a problem and no value.</summary>
    public IEnumerable<Located<T>> Rows<T>(Func<FieldRow, T> build, List<Problem> problems)
    {
        foreach (var record in Records)
        {
            var location = $"{Path}:{record.Line}";
            var row = new FieldRow(
                column => _columns.TryGetValue(column, out var i) ? record.Fields[i] : null,
                (_, code, message) => problems.Add(new(code, message, location)));
            if (record.Fields.Count != _columns.Count)
            {
                problems.Add(new("bad-csv", $"has {record.Fields.Count} fields, the header has {_columns.Count}", location));
                continue;
            }

            if (row.TryBuild(build, out var value))
            {
                yield return new Located<T>(value, location);
            }
        }
    }
}
