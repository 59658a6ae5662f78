using Microsoft.AspNetCore.Http.HttpResults;
using Standing.Answers;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>Recognitions: counts, lists, the timeline, quoted milestones, the map and one state's record.</summary>
public static class RecognitionEndpoints
{
    public static IEndpointRouteBuilder MapRecognitionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Recognitions");
        api.MapGet("/summary", Summary).WithName("Summary").WithSummary("How many states recognise the subject on a date");
        api.MapGet("/recognitions", Recognitions).WithName("Recognitions").WithSummary("The states that recognise the subject on a date");
        api.MapGet("/timeline", Timeline).WithName("Timeline").WithSummary("Recognition events by date with the running UN-member count");
        api.MapGet("/milestones", Milestones).WithName("Milestones").WithSummary("Recognition counts quoted by sources beside the data's counts");
        api.MapGet("/map", Map).WithName("Map").WithSummary("Every state's status on a date under a perspective: one call paints the map");
        api.MapGet("/states/{code}", State).WithName("State").WithSummary("One state's recognition, claims, position, memberships, relations and sources");
        return app;
    }

    public static async Task<Results<Ok<SummaryAnswer.View>, ContentHttpResult>> Summary([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.One(SummaryAnswer.For(await Questions.ReadAsync(p, source, clock)), SummaryAnswer.Fields, Questions.WantsCsv(p));

    public static async Task<Results<Ok<IReadOnlyList<RecognitionsAnswer.Row>>, ContentHttpResult>> Recognitions([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.List(RecognitionsAnswer.For(await Questions.ReadAsync(p, source, clock)), RecognitionsAnswer.Columns, Questions.WantsCsv(p));

    public static async Task<Results<Ok<IReadOnlyList<TimelineAnswer.Row>>, ContentHttpResult>> Timeline(
        [AsParameters] QuestionParameters p, string? from, string? to, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        return Reply.List(TimelineAnswer.For(q, Questions.OptionalDate(from, "from"), Questions.OptionalDate(to, "to")), TimelineAnswer.Columns, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<MilestonesAnswer.Row>>, ContentHttpResult>> Milestones([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.List(MilestonesAnswer.For(await Questions.ReadAsync(p, source, clock)), MilestonesAnswer.Columns, Questions.WantsCsv(p));

    public static async Task<Results<Ok<IReadOnlyList<MapAnswer.Row>>, ContentHttpResult>> Map([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.List(MapAnswer.For(await Questions.ReadAsync(p, source, clock)), MapAnswer.Columns, Questions.WantsCsv(p));

    public static async Task<Results<Ok<StateAnswer.View>, ContentHttpResult, NotFound>> State(string code, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        if (q.Registry.FindEntity(code) is not { } entity)
        {
            return TypedResults.NotFound();
        }

        var view = StateAnswer.For(q, entity.Code);
        return Questions.WantsCsv(p) ? Reply.Csv([view], StateAnswer.Fields) : TypedResults.Ok(view);
    }
}
