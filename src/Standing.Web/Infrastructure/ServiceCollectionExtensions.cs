using System.Text.Json;
using Standing.Answers;
using Standing.Data;
using Standing.Domain;

namespace Standing.Web.Infrastructure;

/// <summary>Registers what the web app needs: the registry, the clock, JSON as the answers write it, ProblemDetails and OpenAPI.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddStandingWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => StandingDataOptions.Resolve());
        services.AddSingleton<RegistrySource>();
        services.AddSingleton(provider => new ApiKeys(provider.GetRequiredService<StandingDataOptions>()));
        services.AddHostedService<RecordWatcher>();
        services.AddHardening(configuration);
        services.AddAuthentication(ApiKeyAuthentication.SchemeName).AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthentication.Editors, p => p.RequireRole(KeyRole.Editor.ToKebab(), KeyRole.Admin.ToKebab()));
        services.AddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(o => CopyAnswerJson(o.SerializerOptions));
        // An answer depends only on the data set (loaded once) and the query, so a read repeated within minutes is served
        // from memory ("today" may be a few minutes stale for a question without asOf).
        services.AddOutputCache(o => o.AddBasePolicy(policy => policy.With(c => c.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            .Expire(TimeSpan.FromMinutes(5)).Tag(RegistrySource.CacheTag)
            .VaryByValue(http => new KeyValuePair<string, string>("record", http.RequestServices.GetRequiredService<RegistrySource>().Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Answers name their records View and Row inside each answer's class: qualify them so every schema keeps its own name.
        services.AddOpenApi(o => o.CreateSchemaReferenceId = info => info.Type.DeclaringType is { } answer && info.Type.Namespace == typeof(Question).Namespace
            ? answer.Name + info.Type.Name
            : Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(info));
        return services;
    }

    /// <summary>
    /// The API writes the JSON the command line prints, without the indentation that is there for a reader at a
    /// terminal: the same values, and the map, the largest answer, a quarter smaller (docs/benchmarks.md, "Web app").
    /// </summary>
    private static void CopyAnswerJson(JsonSerializerOptions options)
    {
        options.WriteIndented = false;
        options.Encoder = AnswerFormat.Json.Encoder;
        options.DefaultIgnoreCondition = AnswerFormat.Json.DefaultIgnoreCondition;
        foreach (var converter in AnswerFormat.Json.Converters)
        {
            options.Converters.Add(converter);
        }
    }
}
