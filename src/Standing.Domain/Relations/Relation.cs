using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Relations;

/// <summary>What a relation between a state and the subject is about.</summary>
public enum RelationKind
{
    /// <summary>Diplomatic relations established (and perhaps broken off).</summary>
    Diplomatic,

    /// <summary>An embassy, office or non-resident accreditation, in either direction.</summary>
    Mission,

    /// <summary>Whether the state accepts the subject's passports.</summary>
    TravelDocument,

    /// <summary>The visa regime for the subject's passport holders.</summary>
    Visa,

    /// <summary>Whether the state lets in vehicles with the subject's licence plates.</summary>
    VehiclePlates,
}

/// <summary>A dated relation between a state and the subject, beyond recognition.</summary>
/// <remarks><see cref="Period"/> is half-open, like memberships: from its first day up to, not including, its end.</remarks>
/// <param name="Subject">The subject.</param>
/// <param name="State">The state.</param>
/// <param name="Kind">What the relation is about.</param>
/// <param name="Value">Its value for the kind (see <see cref="Values"/>).</param>
/// <param name="Period">When it holds.</param>
/// <param name="Since">The start as precise as the source gives it.</param>
/// <param name="Detail">More about it (length of stay, where a non-resident envoy sits).</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="Note">Editor's note.</param>
public sealed record Relation(
    EntityCode Subject, EntityCode State, RelationKind Kind, string Value, DateRange Period, PartialDate Since, string? Detail, SourceRef Source, string? Note = null)
{
    /// <summary>The values each kind may take.</summary>
    public static readonly IReadOnlyDictionary<RelationKind, IReadOnlySet<string>> Values = new Dictionary<RelationKind, IReadOnlySet<string>>
    {
        [RelationKind.Diplomatic] = new HashSet<string>(["established", "consular", "none"], StringComparer.Ordinal),
        [RelationKind.Mission] = new HashSet<string>(["embassy-in-subject", "embassy-of-subject", "office-in-subject", "office-of-subject", "non-resident-to-subject", "non-resident-of-subject"], StringComparer.Ordinal),
        [RelationKind.TravelDocument] = new HashSet<string>(["accepted", "not-accepted"], StringComparer.Ordinal),
        [RelationKind.Visa] = new HashSet<string>(["visa-free", "visa-on-arrival", "e-visa", "visa-required"], StringComparer.Ordinal),
        [RelationKind.VehiclePlates] = new HashSet<string>(["accepted", "not-accepted"], StringComparer.Ordinal),
    };

    /// <summary>
    /// Whether one state has one value of <paramref name="kind"/> at a time (diplomatic relations either exist or do not);
    /// missions and visa regimes may hold side by side (an embassy each way; visa-free with a Schengen visa, e-visa otherwise).
    /// </summary>
    public static bool IsExclusive(RelationKind kind) => kind is RelationKind.Diplomatic or RelationKind.TravelDocument or RelationKind.VehiclePlates;

    /// <summary>Whether one state may hold several periods of <paramref name="value"/> at once: offices (consulates in several cities) may.</summary>
    public static bool MayRepeat(RelationKind kind, string value) => kind == RelationKind.Mission && value.StartsWith("office-", StringComparison.Ordinal);

    /// <summary>Whether this is an embassy or an accredited ambassador, either way: a mission that diplomatic relations imply (a liaison office or consulate does not).</summary>
    public bool IsDiplomaticMission => Kind == RelationKind.Mission && !MayRepeat(Kind, Value);

    /// <summary>
    /// Whether a source states the relation as recorded: false when it rests on no source, or when its note starts with
    /// <c>unverified</c> (the source does not give the day, the start, or the relation itself, and the note says why).
    /// </summary>
    public bool IsVerified => Source.IsVerified && !(Note?.StartsWith(SourceRef.UnverifiedMarker, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Whether the state lets the subject's documents in: passports or plates accepted, or any visa regime short of "visa required".</summary>
    public bool AdmitsSubjectsDocuments =>
        (Kind is RelationKind.TravelDocument or RelationKind.VehiclePlates && Value == "accepted") || (Kind == RelationKind.Visa && Value != "visa-required");

    /// <summary>Whether this is the relation of <paramref name="state"/> with <paramref name="subject"/> of this kind and value.</summary>
    public bool SameAs(EntityCode subject, EntityCode state, RelationKind kind, string value) =>
        Subject == subject && State == state && Kind == kind && Value == value;
}

/// <summary>An organisation's stated position on the subject.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Organisation">The organisation (or body, e.g. the European Parliament).</param>
/// <param name="Text">The position in a sentence or two.</param>
/// <param name="StatedOn">When it was stated, if known.</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="Note">Editor's note.</param>
public sealed record OrganisationPosition(EntityCode Subject, OrganisationId Organisation, string Text, PartialDate? StatedOn, SourceRef Source, string? Note = null);
