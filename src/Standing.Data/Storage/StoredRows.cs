using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Standing.Data.Storage;

/// <summary>
/// Every stored row of a data set, in file order. The tables hold them for SQL readers; Standing itself reads them
/// back as one JSON document, which takes one query instead of twenty (see docs/decisions/ADR-007-one-document-load.md).
/// </summary>
internal sealed record StoredRows(
    List<EntityRow> Entities,
    List<SubjectRow> Subjects,
    List<SourceRow> Sources,
    List<RecognitionRow> Recognitions,
    List<ClaimRow> Claims,
    List<PositionRow> Positions,
    List<OrganisationRow> Organisations,
    List<MembershipRow> Memberships,
    List<EventRow> Events,
    List<ObservationRow> Observations,
    List<ProcedureRow> Procedures,
    List<WeightRow> Weights,
    List<VoteRow> Votes,
    List<AgencyRow> Agencies,
    List<ArrangementRow> Arrangements,
    List<RequestCountRow> RequestCounts,
    List<CooperationEventRow> CooperationEvents,
    List<DocumentRow> Documents,
    List<RelationRow> Relations,
    List<RelationClaimRow> RelationClaims,
    List<OrganisationPositionRow> OrganisationPositions)
{
    /// <summary>The name of the document row that holds them all.</summary>
    public const string DocumentName = "rows";

    /// <summary>Every top-level row, for adding to the context (bodies and member votes come with their parents).</summary>
    public IEnumerable<object> All() =>
        new IEnumerable<object>[]
        {
            Entities, Subjects, Sources, Recognitions, Claims, Positions, Organisations, Memberships, Events, Observations, Procedures, Weights,
            Votes, Agencies, Arrangements, RequestCounts, CooperationEvents, Documents, Relations, RelationClaims, OrganisationPositions,
        }.SelectMany(rows => rows);
}

/// <summary>Source-generated JSON for <see cref="StoredRows"/>: no reflection at start-up.</summary>
[JsonSerializable(typeof(StoredRows))]
[JsonSerializable(typeof(RecognitionRow))]
[JsonSerializable(typeof(ClaimRow))]
[JsonSerializable(typeof(PositionRow))]
[JsonSerializable(typeof(MembershipRow))]
[JsonSerializable(typeof(RelationRow))]
[JsonSerializable(typeof(VoteRow))]
[JsonSerializable(typeof(ArrangementRow))]
[JsonSerializable(typeof(List<EditRow>))]
internal sealed partial class StoredRowsJson : JsonSerializerContext;

/// <summary>
/// The stored rows as read back: each table is deserialised when first asked for, since a command reads only some of
/// them and a start pays for every table it turns into objects. The document is only scanned for where each table is.
/// </summary>
internal sealed class StoredDocument
{
    private readonly byte[] _utf8;
    private readonly Dictionary<string, Range> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _read = new(StringComparer.Ordinal);

    /// <param name="utf8">The document's JSON as UTF-8.</param>
    public StoredDocument(byte[] utf8)
    {
        _utf8 = utf8;
        var reader = new Utf8JsonReader(_utf8);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            _tables[name] = start..(int)reader.BytesConsumed;
        }
    }

    /// <summary>The rows of the table stored under <paramref name="name"/> (a property of <see cref="StoredRows"/>).</summary>
    public List<TRow> Of<TRow>(string name) => (List<TRow>)_read.GetOrAdd(name, _ => JsonSerializer.Deserialize(
        _utf8.AsSpan(_tables.TryGetValue(name, out var at) ? at : throw new InvalidDataException($"the stored rows have no table {name}")),
        (JsonTypeInfo<List<TRow>>)StoredRowsJson.Default.GetTypeInfo(typeof(List<TRow>))!) ?? []);
}

/// <summary>A list made when first used.</summary>
internal sealed class Deferred<T>(Func<IReadOnlyList<T>> make) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> _items = new(make);

    public int Count => _items.Value.Count;

    public T this[int index] => _items.Value[index];

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
