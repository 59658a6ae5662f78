using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Standing.Domain;
using Standing.Domain.Editing;
using Standing.Domain.Sources;

namespace Standing.Data.Storage;

/// <summary>Turns changes into rows of the <c>edits</c> table and back; a fact is kept as the JSON of its shipped row.</summary>
internal static class EditRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns = """ "Id", "Fact", "Version", "Action", "Before", "After", "Author", "At", "Source", "Note", "Reverts" """;

    public static EditRow ToRow(Edit e) => new()
    {
        Kind = "recognition", Fact = e.Fact, State = (e.After ?? e.Before)?.State.Value ?? "", Version = e.Version, Action = e.Action.ToKebab(),
        Before = Json(e.Before), After = Json(e.After), Author = e.Author, At = e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        Source = e.Source.Value, Note = e.Note, Reverts = e.Reverts,
    };

    public static Edit Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt32(2), KebabNames.Of<EditAction>()[r.GetString(3)], Fact(Optional(r, 4)), Fact(Optional(r, 5)),
        r.GetString(6), DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), new SourceRef(r.GetString(8)),
        Optional(r, 9), r.IsDBNull(10) ? null : r.GetInt64(10));

    private static string? Optional(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Json(Domain.Recognition.RecognitionEvent? fact) =>
        fact is null ? null : JsonSerializer.Serialize(RowMapping.ToRow(fact), StoredRowsJson.Default.RecognitionRow);

    private static Domain.Recognition.RecognitionEvent? Fact(string? json) =>
        json is null ? null : RowMapping.ToEvent(JsonSerializer.Deserialize(json, StoredRowsJson.Default.RecognitionRow)!);
}
