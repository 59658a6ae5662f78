using Microsoft.AspNetCore.Http.HttpResults;
using Standing.Answers;
using Standing.Domain.Cooperation;
using Standing.Domain.Organisations;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>Police cooperation: routes for a request, the arrangements in force, request statistics.</summary>
public static class CooperationEndpoints
{
    public static IEndpointRouteBuilder MapCooperationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Cooperation");
        api.MapGet("/routes", Routes).WithName("Routes").WithSummary("Every lawful channel for a police request on a date, best first");
        api.MapGet("/channels", Channels).WithName("Channels").WithSummary("The police-cooperation arrangements in force on a date");
        api.MapGet("/channels/stats", Statistics).WithName("ChannelStatistics").WithSummary("Requests per channel and year, with shares and growth");
        return app;
    }

    public static async Task<Results<Ok<RoutesAnswer.View>, ContentHttpResult>> Routes(
        string? from, string? to, string? on, string? type, string[]? assumeJoined, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var joined = (assumeJoined ?? []).Select(o => o is "INTERPOL" or "EUROPOL" ? new OrganisationId(o) : throw new ParameterException("assumeJoined", $"'{o}': use INTERPOL or EUROPOL")).ToHashSet();
        var view = RoutesAnswer.For(q.Registry, Agency(from, "from"), Agency(to, "to"), Questions.OptionalDate(on, "on") ?? q.AsOf, type, joined);
        return Reply.One(view, RoutesAnswer.Fields, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<ChannelsAnswer.Row>>, ContentHttpResult>> Channels(string? on, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        return Reply.List(ChannelsAnswer.On(q.Registry, Questions.OptionalDate(on, "on") ?? q.AsOf), ChannelsAnswer.Columns, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<ChannelsAnswer.StatRow>>, ContentHttpResult>> Statistics([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.List(ChannelsAnswer.Statistics((await Questions.ReadAsync(p, source, clock)).Registry), ChannelsAnswer.StatColumns, Questions.WantsCsv(p));

    private static AgencyId Agency(string? text, string parameter)
    {
        try
        {
            return new AgencyId((text ?? throw new ParameterException(parameter, "required: an agency id such as XKX-POLICE")).Trim());
        }
        catch (ArgumentException)
        {
            throw new ParameterException(parameter, $"'{text}' is not an agency id");
        }
    }
}
