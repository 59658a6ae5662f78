using System.Text;

namespace Standing.Data.Files;

/// <summary>One CSV record: its fields and the line it starts on (1-based, header is line 1).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>Reads RFC 4180 CSV: commas, double-quoted fields that may hold commas, quotes (<c>""</c>) and newlines.</summary>
public static class CsvReader
{
    /// <summary>Every record in <paramref name="text"/>, skipping blank lines.</summary>
    /// <exception cref="FormatException">A quoted field is not closed; the message names the line.</exception>
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, quoted, i) = (1, 1, false, 0);
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return new CsvRecord(recordLine, [.. fields]);
                    }

                    fields.Clear();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new FormatException($"line {recordLine}: a quoted field is not closed");
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            yield return new CsvRecord(recordLine, [.. fields]);
        }
    }
}
