using System.ComponentModel;
using Standing.Answers;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Time;

namespace Standing.Web.Infrastructure;

/// <summary>A query parameter the API cannot take: answered with 400 and a ProblemDetails naming it.</summary>
public sealed class ParameterException(string parameter, string problem) : Exception($"{parameter}: {problem}")
{
    public string Parameter { get; } = parameter;

    public string Problem { get; } = problem;
}

/// <summary>The query parameters every answer takes, as the command line's options: subject, asOf, perspective, asKnownOn, format.</summary>
public sealed record QuestionParameters(
    [property: Description("Whose recognition: a code such as XKX (default) or a name")] string? Subject,
    [property: Description("The date to answer for, yyyy-mm-dd (default: today)")] string? AsOf,
    [property: Description("Whose account of contested events: default, serbia or kosovo")] string? Perspective,
    [property: Description("Answer from only what had been reported by this date, yyyy-mm-dd")] string? AsKnownOn,
    [property: Description("json (default) or csv")] string? Format);

/// <summary>Turns query parameters into a <see cref="Question"/>, naming the parameter at fault.</summary>
public static class Questions
{
    public static async Task<Question> ReadAsync(QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(clock);
        var knownOn = OptionalDate(p.AsKnownOn, "asKnownOn");
        var registry = await source.GetAsync();
        registry = knownOn is { } day ? registry.KnownOn(day) : registry;
        var entity = registry.FindEntity(p.Subject ?? "XKX") ?? throw new ParameterException("subject", $"unknown state code or name '{p.Subject}'");
        var subject = registry.Subject(entity.Code) ?? throw new ParameterException("subject", $"{entity.Code} ({entity.Name}) is not a tracked subject");
        if (!Perspectives.TryParse(p.Perspective ?? "default", out var perspective))
        {
            throw new ParameterException("perspective", $"use one of {string.Join(", ", Perspectives.Names)}");
        }

        return new Question(registry, subject, OptionalDate(p.AsOf, "asOf") ?? Today(clock), perspective, knownOn);
    }

    /// <summary>Whether the answer is wanted as CSV (<c>format=csv</c>) rather than JSON.</summary>
    public static bool WantsCsv(QuestionParameters p) => WantsCsv(p?.Format);

    /// <summary>Whether <paramref name="format"/> asks for CSV; anything but json and csv is a 400 naming the parameter.</summary>
    public static bool WantsCsv(string? format) => (format ?? "json") switch
    {
        "json" => false,
        "csv" => true,
        var other => throw new ParameterException("format", $"'{other}' is not a format; use json or csv"),
    };

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock?.GetUtcNow().UtcDateTime ?? throw new ArgumentNullException(nameof(clock)));

    public static DateOnly? OptionalDate(string? text, string parameter) =>
        string.IsNullOrEmpty(text) ? null
        : DateFormats.TryParseIso(text, out var day) ? day
        : throw new ParameterException(parameter, $"'{text}' is not a date; use yyyy-mm-dd, e.g. 2021-01-01");

    public static EntityCode State(Registry registry, string text, string parameter) =>
        registry?.FindEntity(text)?.Code ?? throw new ParameterException(parameter, $"unknown state code or name '{text}'");

    public static Domain.Organisations.OrganisationId Organisation(string text, string parameter)
    {
        try
        {
            return new(text.Trim());
        }
        catch (ArgumentException)
        {
            throw new ParameterException(parameter, $"'{text}' is not an organisation id");
        }
    }
}
