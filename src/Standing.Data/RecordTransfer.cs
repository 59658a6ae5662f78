using System.Globalization;
using System.Text;
using System.Text.Json;
using Standing.Data.Files;
using Standing.Data.Storage;
using Standing.Domain.Editing;
using Standing.Domain.Validation;

namespace Standing.Data;

/// <summary>The format of an exported record: JSON or CSV.</summary>
public enum TransferFormat
{
    Json,
    Csv,
}

/// <summary>
/// Export and import of the record's own part, the changes made since the data set was shipped (the audit trail, with
/// every fact before and after): the shipped part is <c>data/</c> itself. An export goes into a new or empty folder,
/// whole or not at all; an import checks every row first and then replaces the database's changes in one transaction.
/// </summary>
public static class RecordTransfer
{
    /// <summary>The file an export writes, by format.</summary>
    public static string FileName(TransferFormat format) => format == TransferFormat.Json ? "edits.json" : "edits.csv";

    private static readonly string[] Columns = ["id", "kind", "fact", "version", "action", "before", "after", "author", "at", "source", "note", "reverts"];

    /// <summary>The columns before changes had kinds: every change was to a recognition event.</summary>
    private static readonly string[] RecognitionColumns = [.. Columns.Where(c => c != "kind")];

    /// <summary>Writes the record's changes into <paramref name="directory"/>, which must not exist or be empty.</summary>
    /// <exception cref="IOException">The folder holds files: nothing is written there.</exception>
    public static async Task ExportAsync(StandingStore store, string directory, TransferFormat format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var full = Path.GetFullPath(directory);
        if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()))
        {
            throw new IOException($"{directory} is a file or a folder that holds files: give a new or empty folder (Standing does not write over files it did not make)");
        }

        var record = await store.LoadRecordAsync(ct);
        var rows = record.Edits.Select(e => EditRows.ToRow(e, keepId: true)).ToList();
        var text = format == TransferFormat.Json ? JsonSerializer.Serialize(rows, StoredRowsJson.Default.ListEditRow) : Csv(rows);
        // Written beside the folder first and moved into place: a reader never finds half an export.
        var building = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.building");
        await File.WriteAllTextAsync(building, text, new UTF8Encoding(false), ct);
        Directory.CreateDirectory(full);
        File.Move(building, Path.Combine(full, FileName(format)));
    }

    /// <summary>
    /// Replaces the database's changes with those exported in <paramref name="directory"/>, if every row reads and the
    /// changes fit the shipped data; otherwise writes nothing.
    /// </summary>
    /// <returns>Every problem found, each with its file and line; empty when the import was made.</returns>
    public static async Task<IReadOnlyList<Problem>> ImportAsync(StandingStore store, string directory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (json, csv) = (Path.Combine(directory, FileName(TransferFormat.Json)), Path.Combine(directory, FileName(TransferFormat.Csv)));
        var problems = new List<Problem>();
        var edits = new List<Edit>();
        if (File.Exists(json))
        {
            try
            {
                var rows = JsonSerializer.Deserialize(await File.ReadAllTextAsync(json, ct), StoredRowsJson.Default.ListEditRow) ?? [];
                edits.AddRange(rows.Select((r, i) => Read(r, $"{json}#{i + 1}", problems)).OfType<Edit>());
            }
            catch (JsonException e)
            {
                problems.Add(new("bad-json", e.Message.Split(". Path")[0], $"{json}:{(e.LineNumber ?? 0) + 1}"));
            }
        }
        else if (File.Exists(csv))
        {
            var records = CsvReader.Read(await File.ReadAllTextAsync(csv, ct)).ToList();
            var header = records.Count == 0 ? [] : records[0].Fields;
            if (!header.SequenceEqual(Columns) && !header.SequenceEqual(RecognitionColumns))
            {
                problems.Add(new("bad-header", $"the header must be {string.Join(',', Columns)}", $"{csv}:1"));
            }
            else
            {
                foreach (var r in records.Skip(1))
                {
                    var f = header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                    var row = r.Fields.Count != header.Count ? null : new EditRow
                    {
                        Id = long.TryParse(f["id"], CultureInfo.InvariantCulture, out var id) ? id : -1, Kind = f.GetValueOrDefault("kind") ?? FactKinds.Recognition.Name,
                        Fact = f["fact"], Version = int.TryParse(f["version"], CultureInfo.InvariantCulture, out var v) ? v : -1,
                        Action = f["action"], Before = Empty(f["before"]), After = Empty(f["after"]), Author = f["author"], At = f["at"], Source = f["source"], Note = Empty(f["note"]),
                        Reverts = f["reverts"].Length == 0 ? null : long.TryParse(f["reverts"], CultureInfo.InvariantCulture, out var rv) ? rv : -1,
                    };
                    if (row is null)
                    {
                        problems.Add(new("bad-row", $"the row has {r.Fields.Count} fields, not {header.Count}", $"{csv}:{r.Line}"));
                    }
                    else if (Read(row, $"{csv}:{r.Line}", problems) is { } edit)
                    {
                        edits.Add(edit);
                    }
                }
            }
        }
        else
        {
            problems.Add(new("missing-file", $"neither {FileName(TransferFormat.Json)} nor {FileName(TransferFormat.Csv)} is there", directory));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(await store.ReplaceEditsAsync(edits, ct));
        }

        return problems;
    }

    private static Edit? Read(EditRow row, string at, List<Problem> problems)
    {
        try
        {
            if (row.Id <= 0 || row.Version <= 0 || row.Reverts < 0)
            {
                throw new FormatException("id, version and reverts must be whole numbers above 0");
            }

            return EditRows.Read(row);
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or JsonException or ArgumentException or InvalidDataException)
        {
            problems.Add(new("bad-row", e is KeyNotFoundException ? $"action '{row.Action}' is not added, corrected, retracted or reverted" : e.Message, at));
            return null;
        }
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static string Csv(IEnumerable<EditRow> rows)
    {
        var text = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var r in rows)
        {
            string?[] fields = [r.Id.ToString(CultureInfo.InvariantCulture), r.Kind, r.Fact, r.Version.ToString(CultureInfo.InvariantCulture), r.Action, r.Before, r.After, r.Author, r.At, r.Source, r.Note,
                r.Reverts?.ToString(CultureInfo.InvariantCulture)];
            text.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string? field) =>
        field is null ? "" : field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
