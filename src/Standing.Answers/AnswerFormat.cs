using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Standing.Answers;

/// <summary>How answers are written as JSON and CSV: the one shape every edge (command line, HTTP) shows.</summary>
/// <remarks>JSON field names are a contract that scripts rely on: they come from the view records' property names, in camelCase.</remarks>
public static class AnswerFormat
{
    /// <summary>The JSON options of every answer.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new RealNumberConverter() },
    };

    /// <summary>Writes a double with a decimal point even when it is whole (0.0, not 0), as readers of a
    /// probability or a power index expect a real number.</summary>
    public sealed class RealNumberConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            writer.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
        }
    }

    /// <summary>Writes rows as CSV with a header line (RFC 4180 quoting).</summary>
    public static void WriteCsv<T>(TextWriter output, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Join(',', columns.Select(c => CsvField(c.Header))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(',', columns.Select(c => CsvField(Text(c.Value(row))))));
        }
    }

    /// <summary>A cell's text: yes/no for booleans, ISO dates, invariant numbers, lists joined by "; ".</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "yes" : "no",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CsvField(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
