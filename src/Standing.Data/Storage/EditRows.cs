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
    /// <summary>The columns <see cref="Read(DbDataReader)"/> expects, in order.</summary>
    public const string Columns = """ "Id", "Fact", "Version", "Action", "Before", "After", "Author", "At", "Source", "Note", "Reverts" """;

    /// <summary>The row for <paramref name="e"/>; with <paramref name="keepId"/> it keeps the change's id (an import), else the database gives one.</summary>
    public static EditRow ToRow(Edit e, bool keepId = false) => new()
    {
        Id = keepId ? e.Id : 0, Kind = "recognition", Fact = e.Fact, State = (e.After ?? e.Before)?.State.Value ?? "", Version = e.Version, Action = e.Action.ToKebab(),
        Before = Json(e.Before), After = Json(e.After), Author = e.Author, At = e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        Source = e.Source.Value, Note = e.Note, Reverts = e.Reverts,
    };

    public static Edit Read(DbDataReader r) => Read(new EditRow
    {
        Id = r.GetInt64(0), Fact = r.GetString(1), Version = r.GetInt32(2), Action = r.GetString(3), Before = Optional(r, 4), After = Optional(r, 5),
        Author = r.GetString(6), At = r.GetString(7), Source = r.GetString(8), Note = Optional(r, 9), Reverts = r.IsDBNull(10) ? null : r.GetInt64(10),
    });

    /// <summary>The change a stored or exported row holds.</summary>
    /// <exception cref="FormatException">A date or time that is not one.</exception>
    /// <exception cref="KeyNotFoundException">An action that is not one.</exception>
    public static Edit Read(EditRow r) => new(
        r.Id, r.Fact, r.Version, KebabNames.Of<EditAction>()[r.Action], Fact(r.Before), Fact(r.After),
        r.Author, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), new SourceRef(r.Source), r.Note, r.Reverts);

    private static string? Optional(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Json(Domain.Recognition.RecognitionEvent? fact) =>
        fact is null ? null : JsonSerializer.Serialize(RowMapping.ToRow(fact), StoredRowsJson.Default.RecognitionRow);

    private static Domain.Recognition.RecognitionEvent? Fact(string? json) =>
        json is null ? null : RowMapping.ToEvent(JsonSerializer.Deserialize(json, StoredRowsJson.Default.RecognitionRow)!);
}
