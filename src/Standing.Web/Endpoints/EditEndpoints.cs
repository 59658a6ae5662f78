using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Standing.Answers;
using Standing.Domain.Editing;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>
/// Changes to the record: add, correct, retract and revert recognition events, each with a source, by editors only;
/// and the history of changes, which anyone may read.
/// </summary>
public static class EditEndpoints
{
    public static IEndpointRouteBuilder MapEditEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Editing");
        api.MapPost("/recognitions", Add).RequireAuthorization(ApiKeyAuthentication.Editors)
            .WithName("AddRecognition").WithSummary("Record a recognition, withdrawal or restoration (editors; 201 with Location and ETag)");
        api.MapGet("/recognitions/{id}", Fact).WithName("RecognitionFact").WithSummary("One recorded recognition event, with its ETag");
        api.MapPut("/recognitions/{id}", Correct).RequireAuthorization(ApiKeyAuthentication.Editors)
            .WithName("CorrectRecognition").WithSummary("Correct a recognition event (editors; If-Match required)");
        api.MapDelete("/recognitions/{id}", Retract).RequireAuthorization(ApiKeyAuthentication.Editors)
            .WithName("RetractRecognition").WithSummary("Retract a recognition event (editors; If-Match required; source as a query parameter)");
        api.MapGet("/history", History).WithName("History").WithSummary("Changes to the record, newest first, for one state or one fact");
        api.MapGet("/conflicts", Conflicts).WithName("Conflicts").WithSummary("Changes that the data set shipped since disagrees with (the changes stand)");
        api.MapPost("/history/{id:long}/revert", Revert).RequireAuthorization(ApiKeyAuthentication.Editors)
            .WithName("Revert").WithSummary("Undo one change: the fact is put back as it was before it (editors)");
        return app;
    }

    public static async Task<IResult> Add([FromBody] EditAnswer.Values values, HttpContext http, RegistrySource source, TimeProvider clock)
    {
        var after = EditAnswer.Parse(values);
        return await WriteAsync(http, source, new Change(EditAction.Added, null, after, null, Author(http), clock.GetUtcNow(), after.Source, after.Note), created: true);
    }

    public static async Task<IResult> Fact(string id, HttpContext http, RegistrySource source)
    {
        if (EditAnswer.Find((await source.CurrentAsync()).Record, id) is not { } fact)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ETag = fact.Tag;
        return TypedResults.Ok(fact);
    }

    public static async Task<IResult> Correct(string id, [FromBody] EditAnswer.Values values, HttpContext http, RegistrySource source, TimeProvider clock)
    {
        var after = EditAnswer.Parse(values);
        return await WriteAsync(http, source, new Change(EditAction.Corrected, id, after, IfMatch(http), Author(http), clock.GetUtcNow(), after.Source, after.Note));
    }

    public static async Task<IResult> Retract(string id, [FromQuery(Name = "source")] string? sourceUrl, string? note, HttpContext http, RegistrySource source, TimeProvider clock) =>
        await WriteAsync(http, source, new Change(EditAction.Retracted, id, null, IfMatch(http), Author(http), clock.GetUtcNow(), EditAnswer.Source(sourceUrl), note));

    public static async Task<Results<Ok<IReadOnlyList<EditAnswer.Change>>, ContentHttpResult>> History(string? state, string? fact, string? format, RegistrySource source) =>
        Reply.List(EditAnswer.History((await source.CurrentAsync()).Record, state, fact), EditAnswer.HistoryColumns, Questions.WantsCsv(format));

    public static async Task<Results<Ok<IReadOnlyList<EditAnswer.ConflictRow>>, ContentHttpResult>> Conflicts(string? format, RegistrySource source) =>
        Reply.List(EditAnswer.Conflicts((await source.CurrentAsync()).Record), EditAnswer.ConflictColumns, Questions.WantsCsv(format));

    public static async Task<IResult> Revert(long id, [FromQuery(Name = "source")] string? sourceUrl, string? note, HttpContext http, RegistrySource source, TimeProvider clock) =>
        await WriteAsync(http, source, new Change(EditAction.Reverted, null, null, null, Author(http), clock.GetUtcNow(), EditAnswer.Source(sourceUrl), note, id));

    private static string Author(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";

    private static string? IfMatch(HttpContext http) => http.Request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag.Trim() : null;

    /// <summary>Commits the change and answers with the fact it left, or with the status that says why it was not made.</summary>
    private static async Task<IResult> WriteAsync(HttpContext http, RegistrySource source, Change change, bool created = false)
    {
        var (proposal, record) = await EditAnswer.CommitAsync(source.Store, (await source.CurrentAsync()).Record, change, http.RequestAborted);
        if (proposal.Edit is { } edit)
        {
            await source.AdvanceAsync(record);
            var fact = EditAnswer.After(edit);
            if (edit.After is null)
            {
                return TypedResults.Ok(EditAnswer.History(record, fact: edit.Fact)[0]);
            }

            http.Response.Headers.ETag = fact.Tag;
            return created ? TypedResults.Created($"/api/recognitions/{Uri.EscapeDataString(fact.Id)}", fact) : TypedResults.Ok(fact);
        }

        return proposal.Rejection switch
        {
            Rejection.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such fact or change"),
            Rejection.Exists => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already recorded", detail: proposal.Refusals![0].Message),
            Rejection.TagRequired => TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: "GET the fact first and send its ETag in If-Match, so that a change made meanwhile is not overwritten"),
            Rejection.Stale => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The fact has changed",
                detail: "the fact was changed since the ETag in If-Match was read: GET it again, then repeat the change"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The change would make the data unsound",
                detail: string.Join("; ", proposal.Refusals!.Select(r => $"{r.Field}: {r.Message}")),
                extensions: new Dictionary<string, object?>
                {
                    ["field"] = proposal.Refusals![0].Field,
                    ["errors"] = proposal.Refusals!.GroupBy(r => r.Field).ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray()),
                }),
        };
    }
}
