using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

using Standing.Answers;

namespace Standing.Cli.Output;

/// <summary>Prints answers as a table, JSON or CSV to the writer a command was given.</summary>
/// <remarks>JSON field names are a contract that scripts rely on: they come from the row records' property names, in camelCase.</remarks>
internal static class Renderer
{
    /// <summary>Prints a list: JSON array of <typeparamref name="T"/>, or a table / CSV with <paramref name="columns"/>.</summary>
    public static void List<T>(TextWriter output, OutputFormat format, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, string? caption = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(rows, AnswerFormat.Json));
                break;
            case OutputFormat.Csv:
                AnswerFormat.WriteCsv(output, rows, columns);
                break;
            case OutputFormat.Table when rows.Count == 0 && caption is not null:
                // Nothing to tabulate: the caption says what the list is, on one line rather than under an empty table.
                output.WriteLine(caption);
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var c in columns)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(c.Header)));
                }

                foreach (var row in rows)
                {
                    table.AddRow(columns.Select(c => (IRenderable)new Text(Text(c.Value(row)))).ToArray());
                }

                if (caption is not null)
                {
                    table.Caption(Markup.Escape(caption));
                }

                Console(output).Write(table);
                break;
        }
    }

    /// <summary>Prints one object: JSON object, a one-row CSV, or as a table <paramref name="table"/> if given, else two columns.</summary>
    public static void Object<T>(TextWriter output, OutputFormat format, T value, IReadOnlyList<Column<T>> fields, Action<TextWriter, T>? table = null)
    {
        if (format == OutputFormat.Table && table is not null)
        {
            table(output, value);
            return;
        }

        if (format == OutputFormat.Table)
        {
            List(output, format, fields.Select(f => (f.Header, Value: Text(f.Value(value)))).ToList(),
                [new("field", x => x.Header), new("value", x => x.Value)]);
            return;
        }

        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(value, AnswerFormat.Json));
            return;
        }

        List(output, format, [value], fields);
    }

    /// <summary>A Spectre console that writes plain text (no colour, no cursor codes) to <paramref name="output"/>.</summary>
    public static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = Width(output);
        return console;
    }

    /// <summary>
    /// The width tables are fitted to: the terminal's, when writing to it; else $COLUMNS if set (as a shell exports it
    /// for scripts); else 200, wide enough that a file or pipe gets whole lines.
    /// </summary>
    private static int Width(TextWriter output)
    {
        if (ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected)
        {
            try
            {
                if (System.Console.WindowWidth > 0)
                {
                    return System.Console.WindowWidth;
                }
            }
            catch (IOException)
            {
                // No terminal after all: fall through.
            }
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40 ? columns : 200;
    }

    private static string Text(object? value) => AnswerFormat.Text(value);
}
