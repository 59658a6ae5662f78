using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;
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
    public IEnumerable<Located<T>> Rows<T>(Func<CsvRow, T> build, List<Problem> problems)
    {
        foreach (var record in Records)
        {
            var row = new CsvRow(this, record, problems);
            if (record.Fields.Count != _columns.Count)
            {
                problems.Add(new("bad-csv", $"has {record.Fields.Count} fields, the header has {_columns.Count}", row.Location));
                continue;
            }

            T value;
            try
            {
                value = build(row);
            }
            catch (ArgumentException e)
            {
                row.Fail("bad-value", e.Message.Split(" (Parameter")[0]);
                continue;
            }

            if (row.IsValid)
            {
                yield return new Located<T>(value, row.Location);
            }
        }
    }

    /// <summary>One record, with typed accessors that record a problem for a bad or missing field.</summary>
    internal sealed class CsvRow(CsvTable table, CsvRecord record, List<Problem> problems)
    {
        public string Location { get; } = $"{table.Path}:{record.Line}";

        public bool IsValid { get; private set; } = true;

        public void Fail(string code, string message)
        {
            IsValid = false;
            problems.Add(new(code, message, Location));
        }

        public string? Optional(string column)
        {
            var value = table._columns.TryGetValue(column, out var i) ? record.Fields[i].Trim() : "";
            return value.Length == 0 ? null : value;
        }

        public string Text(string column)
        {
            var value = Optional(column);
            if (value is null)
            {
                Fail("missing-value", $"{column} is empty");
            }

            return value ?? "";
        }

        public PartialDate Date(string column) => OptionalDate(column, required: true) ?? default;

        public PartialDate? OptionalDate(string column, bool required = false)
        {
            var text = required ? Text(column) : Optional(column);
            if (text is null || text.Length == 0)
            {
                return null;
            }

            if (PartialDate.TryParse(text, out var date))
            {
                return date;
            }

            Fail("bad-date", $"{column} '{text}' is not a date (yyyy-mm-dd, yyyy-mm or yyyy)");
            return null;
        }

        public DateOnly ExactDate(string column)
        {
            var text = Text(column);
            if (text.Length > 0 && !DateFormats.TryParseIso(text, out var day))
            {
                Fail("bad-date", $"{column} '{text}' is not a date (yyyy-mm-dd)");
                return default;
            }

            return DateFormats.TryParseIso(text, out day) ? day : default;
        }

        public EntityCode Code(string column)
        {
            var text = Text(column);
            if (text.Length > 0 && !EntityCode.TryParse(text, out _))
            {
                Fail("bad-code", $"{column} '{text}' is not a three-letter code");
            }

            return EntityCode.TryParse(text, out var code) ? code : default;
        }

        public SourceRef Source()
        {
            var text = Optional("source");
            if (text is null)
            {
                Fail("missing-source", "source is empty: give the URL that states this fact, or 'unverified'");
                return default;
            }

            return new SourceRef(text);
        }

        public T Choice<T>(string column, IReadOnlyDictionary<string, T> allowed)
        {
            var text = Text(column);
            if (text.Length > 0 && !allowed.ContainsKey(text))
            {
                Fail("bad-value", $"{column} '{text}' is not one of {string.Join(", ", allowed.Keys)}");
            }

            return allowed.TryGetValue(text, out var value) ? value : default!;
        }

        /// <summary>The column's number, or null when it is empty: a count the source does not give.</summary>
        public decimal? OptionalNumber(string column) => Optional(column) is null ? null : Number(column);

        public decimal Number(string column)
        {
            var text = Text(column);
            if (decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            if (text.Length > 0)
            {
                Fail("bad-number", $"{column} '{text}' is not a number");
            }

            return 0;
        }
    }
}
