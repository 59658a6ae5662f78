using System.Text.Json;
using System.Text.Json.Serialization;
using Standing.Domain.Admission;
using Standing.Domain.Organisations;

namespace Standing.Data.Files;

/// <summary>How admission procedures are written as JSON (data/rules/*.json): camelCase, kinds in <c>kind</c>, kebab-case enums.</summary>
public static class RuleJson
{
    /// <summary>The serializer options for procedures, shared by the reader, the store and the command line.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new OrganisationIdConverter() },
    };

    /// <summary>Reads a procedure; throws <see cref="JsonException"/> when the text does not fit the types.</summary>
    public static AdmissionProcedure Read(string json) =>
        JsonSerializer.Deserialize<AdmissionProcedure>(json, Options) ?? throw new JsonException("the document is empty");

    private sealed class OrganisationIdConverter : JsonConverter<OrganisationId>
    {
        public override OrganisationId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("an organisation id is null"));

        public override void Write(Utf8JsonWriter writer, OrganisationId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
