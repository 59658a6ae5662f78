using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Standing.Domain;
using Standing.Domain.Editing;
using Standing.Domain.Sources;

namespace Standing.Data.Storage;

/// <summary>Turns changes into rows of the <c>edits</c> table and back; a fact is kept as the JSON of its shipped row.</summary>
internal static class EditRows
{
    /// <summary>The columns <see cref="Read(DbDataReader)"/> expects, in order.</summary>
    public const string Columns = """ "Id", "Kind", "Fact", "Version", "Action", "Before", "After", "Author", "At", "Source", "Note", "Reverts" """;

    /// <summary>Each kind's fact as JSON and back, by the kind's name.</summary>
    private static readonly Dictionary<string, (FactKind Kind, Func<object, string> Write, Func<string, object> Read)> Facts = new[]
    {
        Codec(FactKinds.Recognition, RowMapping.ToRow, RowMapping.ToEvent, StoredRowsJson.Default.RecognitionRow),
        Codec(FactKinds.Claim, RowMapping.ToRow, RowMapping.ToClaim, StoredRowsJson.Default.ClaimRow),
        Codec(FactKinds.Position, RowMapping.ToRow, RowMapping.ToPosition, StoredRowsJson.Default.PositionRow),
        Codec(FactKinds.Membership, RowMapping.ToRow, RowMapping.ToMembership, StoredRowsJson.Default.MembershipRow),
        Codec(FactKinds.Relation, RowMapping.ToRow, RowMapping.ToRelation, StoredRowsJson.Default.RelationRow),
        Codec(FactKinds.Vote, v => RowMapping.ToRow(v), RowMapping.ToVote, StoredRowsJson.Default.VoteRow),
        Codec(FactKinds.Arrangement, a => RowMapping.ToRow(a), RowMapping.ToArrangement, StoredRowsJson.Default.ArrangementRow),
    }.ToDictionary(c => c.Kind.Name, StringComparer.Ordinal);

    /// <summary>The row for <paramref name="e"/>; with <paramref name="keepId"/> it keeps the change's id (an import), else the database gives one.</summary>
    public static EditRow ToRow(Edit e, bool keepId = false) => new()
    {
        Id = keepId ? e.Id : 0, Kind = e.Kind.Name, Fact = e.Fact, State = (e.After ?? e.Before) is { } f ? e.Kind.StateOf(f)?.Value ?? "" : "", Version = e.Version,
        Action = e.Action.ToKebab(), Before = Json(e.Kind, e.Before), After = Json(e.Kind, e.After), Author = e.Author,
        At = e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), Source = e.Source.Value, Note = e.Note, Reverts = e.Reverts,
    };

    public static Edit Read(DbDataReader r) => Read(new EditRow
    {
        Id = r.GetInt64(0), Kind = r.GetString(1), Fact = r.GetString(2), Version = r.GetInt32(3), Action = r.GetString(4), Before = Optional(r, 5), After = Optional(r, 6),
        Author = r.GetString(7), At = r.GetString(8), Source = r.GetString(9), Note = Optional(r, 10), Reverts = r.IsDBNull(11) ? null : r.GetInt64(11),
    });

    /// <summary>The change a stored or exported row holds.</summary>
    /// <exception cref="FormatException">A date or time that is not one.</exception>
    /// <exception cref="KeyNotFoundException">An action that is not one.</exception>
    /// <exception cref="InvalidDataException">A kind of fact that is not one.</exception>
    public static Edit Read(EditRow r)
    {
        var kind = Facts.TryGetValue(r.Kind, out var codec)
            ? codec.Kind
            : throw new InvalidDataException($"kind '{r.Kind}' is not one of {string.Join(", ", Facts.Keys)}");
        return new(r.Id, kind, r.Fact, r.Version, KebabNames.Of<EditAction>()[r.Action], Fact(r.Kind, r.Before), Fact(r.Kind, r.After),
            r.Author, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), new SourceRef(r.Source), r.Note, r.Reverts);
    }

    private static (FactKind Kind, Func<object, string> Write, Func<string, object> Read) Codec<T, TRow>(
        FactKind<T> kind, Func<T, TRow> toRow, Func<TRow, T> fromRow, JsonTypeInfo<TRow> json) where T : class =>
        (kind, fact => JsonSerializer.Serialize(toRow((T)fact), json),
            text => fromRow(JsonSerializer.Deserialize(text, json) ?? throw new InvalidDataException($"a {kind.Name} row is null")));

    private static string? Optional(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Json(FactKind kind, object? fact) => fact is null ? null : Facts[kind.Name].Write(fact);

    private static object? Fact(string kind, string? json) => json is null ? null : Facts[kind].Read(json);
}
