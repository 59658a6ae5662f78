using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Standing.Answers;
using Standing.Data.Files;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>Organisations: the standing table, one organisation, admission checks and admission rules.</summary>
public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Organisations");
        api.MapGet("/organisations", Organisations).WithName("Organisations").WithSummary("The subject's standing in each organisation on a date");
        api.MapGet("/organisations/{id}", Organisation).WithName("Organisation").WithSummary("The subject's standing in one organisation on a date, with its members' recognition statuses (as CSV: the roster)");
        api.MapGet("/admission", Admission).WithName("Admission").WithSummary("Where the subject's admission to an organisation stands");
        api.MapGet("/rules/{id}", Rules).WithName("Rules").WithSummary("An organisation's admission procedure, stage by stage, with its sources");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<OrganisationsAnswer.Row>>, ContentHttpResult>> Organisations([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.List(OrganisationsAnswer.For(await Questions.ReadAsync(p, source, clock)), OrganisationsAnswer.Columns, Questions.WantsCsv(p));

    public static async Task<Results<Ok<OrganisationsAnswer.View>, ContentHttpResult, NotFound>> Organisation(string id, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var view = OrganisationsAnswer.One(await Questions.ReadAsync(p, source, clock), id);
        return view is null ? TypedResults.NotFound() : Questions.WantsCsv(p) ? Reply.Csv(view.Roster, MapAnswer.Columns) : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<AdmissionAnswer.View>, ContentHttpResult>> Admission(string? org, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var id = Questions.Organisation(org ?? throw new ParameterException("org", "required: the organisation's id, e.g. UNESCO"), "org");
        return Reply.One(AdmissionAnswer.For(q, id), AdmissionAnswer.Fields, Questions.WantsCsv(p));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> Rules(string id, RegistrySource source)
    {
        var registry = await source.GetAsync();
        var procedure = registry.Procedures.FirstOrDefault(x => string.Equals(x.Organisation.Value, id, StringComparison.OrdinalIgnoreCase));
        // The procedure as data/rules holds it: the command line's `rules ID --format json` prints the same list.
        return procedure is null ? TypedResults.NotFound() : TypedResults.Text(JsonSerializer.Serialize(new[] { procedure }, RuleJson.Options), "application/json");
    }
}
