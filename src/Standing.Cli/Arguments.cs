using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;

namespace Standing.Cli;

/// <summary>Turns option and argument text into ids, or a usage error naming the option the user gave.</summary>
internal static class Arguments
{
    /// <summary>An organisation id from <paramref name="text"/>, given as <paramref name="field"/>.</summary>
    public static OrganisationId Organisation(string text, string field)
    {
        try
        {
            return new OrganisationId(text.Trim());
        }
        catch (ArgumentException)
        {
            throw new UsageException($"{field}: '{text}' is not an organisation id");
        }
    }

    /// <summary>An organisation the registry knows, given as <paramref name="field"/>.</summary>
    public static OrganisationId KnownOrganisation(Registry registry, string text, string field)
    {
        var id = Organisation(text, field);
        return registry.Organisations.Any(o => o.Id == id) ? id
            : throw new UsageException($"{field}: unknown organisation '{text}'; known: {string.Join(", ", registry.Organisations.Select(o => o.Id))}");
    }

    /// <summary>The state with this code or name, given as <paramref name="field"/>.</summary>
    public static Entity Entity(Registry registry, string text, string field) =>
        registry.FindEntity(text) ?? throw new UsageException($"{field}: unknown state code or name '{text}'");
}
