using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Standing.Answers;

namespace Standing.Web.Infrastructure;

/// <summary>An answer as JSON (the command line's <c>--format json</c>) or, with <c>format=csv</c>, as its CSV.</summary>
public static class Reply
{
    public static Results<Ok<IReadOnlyList<T>>, ContentHttpResult> List<T>(IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, bool csv) =>
        csv ? Csv(rows, columns) : TypedResults.Ok(rows);

    public static Results<Ok<T>, ContentHttpResult> One<T>(T value, IReadOnlyList<Column<T>> fields, bool csv) =>
        csv ? Csv([value], fields) : TypedResults.Ok(value);

    public static ContentHttpResult Csv<T>(IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        AnswerFormat.WriteCsv(text, rows, columns);
        return TypedResults.Text(text.ToString(), "text/csv");
    }

    /// <summary>A whole number from a query parameter, or the 400 naming it.</summary>
    public static int? Count(string? text, string parameter) =>
        string.IsNullOrEmpty(text) ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw new ParameterException(parameter, $"'{text}' is not a whole number");

    /// <summary>A whole number from a query parameter, or the 400 naming it.</summary>
    public static long? Amount(string? text, string parameter) =>
        string.IsNullOrEmpty(text) ? null
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw new ParameterException(parameter, $"'{text}' is not a whole number");
}
