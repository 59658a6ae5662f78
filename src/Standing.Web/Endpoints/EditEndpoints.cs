using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Standing.Answers;
using Standing.Domain.Editing;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>
/// Changes to the record: add, correct, retract and revert facts of every kind that can change (recognition events,
/// claims, positions, memberships, relations, recorded votes and cooperation arrangements), each with a source, by
/// editors only; and the history of changes, which anyone may read.
/// </summary>
public static class EditEndpoints
{
    /// <summary>The path under /api of each kind's facts (a recorded vote's own path answers with its verdict).</summary>
    public static readonly IReadOnlyDictionary<FactKind, string> Paths = new Dictionary<FactKind, string>
    {
        [FactKinds.Recognition] = "recognitions", [FactKinds.Claim] = "claims", [FactKinds.Position] = "positions", [FactKinds.Membership] = "memberships",
        [FactKinds.Relation] = "relations", [FactKinds.Vote] = "recorded-votes", [FactKinds.Arrangement] = "arrangements",
    };

    public static IEndpointRouteBuilder MapEditEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Editing");
        foreach (var (kind, path) in Paths)
        {
            var name = char.ToUpperInvariant(kind.Name[0]) + kind.Name[1..];
            var fields = $"Fields (as in its data file): {string.Join(", ", EditAnswer.Fields(kind))}. Values are text or numbers.";
            api.MapPost($"/{path}", (Dictionary<string, JsonElement> values, HttpContext http, RegistrySource source, TimeProvider clock) =>
                    WriteAsync(http, source, _ => EditAnswer.Addition(kind, Fields(values), Author(http), clock.GetUtcNow()), created: true))
                .RequireAuthorization(ApiKeyAuthentication.Editors).Produces<EditAnswer.Fact>(StatusCodes.Status201Created).AddOpenApiOperationTransformer(Body(kind))
                .WithName($"Add{name}").WithSummary($"Record a {kind.Name} (editors; 201 with Location and ETag)").WithDescription(fields);
            api.MapGet($"/{path}/{{id}}", async (string id, HttpContext http, RegistrySource source) =>
                {
                    if (EditAnswer.Find((await source.CurrentAsync()).Record, kind, id) is not { } fact)
                    {
                        return Results.NotFound();
                    }

                    http.Response.Headers.ETag = fact.Tag;
                    return Results.Ok(fact);
                })
                .Produces<EditAnswer.Fact>().Produces(StatusCodes.Status404NotFound)
                .WithName($"{name}Fact").WithSummary($"One recorded {kind.Name}, with its ETag");
            api.MapPut($"/{path}/{{id}}", (string id, Dictionary<string, JsonElement> values, HttpContext http, RegistrySource source, TimeProvider clock) =>
                    WriteAsync(http, source, record => EditAnswer.Correction(record, kind, id, Fields(values), IfMatch(http), Author(http), clock.GetUtcNow())))
                .RequireAuthorization(ApiKeyAuthentication.Editors).Produces<EditAnswer.Fact>().AddOpenApiOperationTransformer(Body(kind))
                .WithName($"Correct{name}").WithSummary($"Correct a {kind.Name}: the values given replace the fact's, the others stay (editors; If-Match required)").WithDescription(fields);
            api.MapDelete($"/{path}/{{id}}", (string id, [FromQuery(Name = "source")] string? sourceUrl, string? note, HttpContext http, RegistrySource source, TimeProvider clock) =>
                    WriteAsync(http, source, _ => EditAnswer.Retraction(kind, id, IfMatch(http), sourceUrl, note, Author(http), clock.GetUtcNow())))
                .RequireAuthorization(ApiKeyAuthentication.Editors).Produces<EditAnswer.Change>()
                .WithName($"Retract{name}").WithSummary($"Retract a {kind.Name} (editors; If-Match required; source as a query parameter)");
        }

        api.MapGet("/facts/{type}", Facts).WithName("Facts")
            .WithSummary("Every fact of one kind as it stands (or those about one state), with the id and ETag a change needs");
        api.MapGet("/history", History).WithName("History").WithSummary("Changes to the record, newest first, for one state, one fact or one kind of fact");
        api.MapGet("/conflicts", Conflicts).WithName("Conflicts").WithSummary("Changes that the data set shipped since disagrees with (the changes stand)");
        api.MapPost("/history/{id:long}/revert", Revert).RequireAuthorization(ApiKeyAuthentication.Editors)
            .WithName("Revert").WithSummary("Undo one change: the fact is put back as it was before it (editors)");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<EditAnswer.Fact>>, ContentHttpResult>> Facts(string type, string? state, string? format, RegistrySource source) =>
        Reply.List(EditAnswer.Facts((await source.CurrentAsync()).Record, EditAnswer.Kind(type), state), EditAnswer.FactColumns, Questions.WantsCsv(format));

    public static async Task<Results<Ok<IReadOnlyList<EditAnswer.Change>>, ContentHttpResult>> History(string? state, string? fact, string? type, string? format, RegistrySource source) =>
        Reply.List(EditAnswer.History((await source.CurrentAsync()).Record, state, fact, type is null ? null : EditAnswer.Kind(type)), EditAnswer.HistoryColumns, Questions.WantsCsv(format));

    public static async Task<Results<Ok<IReadOnlyList<EditAnswer.ConflictRow>>, ContentHttpResult>> Conflicts(string? format, RegistrySource source) =>
        Reply.List(EditAnswer.Conflicts((await source.CurrentAsync()).Record), EditAnswer.ConflictColumns, Questions.WantsCsv(format));

    public static async Task<IResult> Revert(long id, [FromQuery(Name = "source")] string? sourceUrl, string? note, HttpContext http, RegistrySource source, TimeProvider clock) =>
        await WriteAsync(http, source, _ => EditAnswer.Reversal(id, sourceUrl, note, Author(http), clock.GetUtcNow()));

    /// <summary>The request body of a change to a fact of <paramref name="kind"/>, in the OpenAPI document: an object with the kind's fields.</summary>
    private static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Body(FactKind kind) => (operation, _, _) =>
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = EditAnswer.Fields(kind).ToDictionary(f => f, f => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Null }),
            AdditionalPropertiesAllowed = false,
        };
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true && json is OpenApiMediaType media)
        {
            media.Schema = schema;
        }

        return Task.CompletedTask;
    };

    /// <summary>A JSON object's values as text: strings as they are, numbers and true/false as written, null as empty.</summary>
    private static Dictionary<string, string?> Fields(Dictionary<string, JsonElement> values) => values.ToDictionary(v => v.Key, v => v.Value.ValueKind switch
    {
        JsonValueKind.String => v.Value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.Value.GetRawText(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new EditInputException(v.Key, "must be text, a number or null"),
    }, StringComparer.Ordinal);

    private static string Author(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";

    private static string? IfMatch(HttpContext http) => http.Request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag.Trim() : null;

    /// <summary>Commits the change (made of the latest record) and answers with the fact it left, or with the status that says why it was not made.</summary>
    private static async Task<IResult> WriteAsync(HttpContext http, RegistrySource source, Func<EditedRecord, Change> change, bool created = false)
    {
        var (proposal, record) = await EditAnswer.CommitAsync(source.Store, (await source.CurrentAsync()).Record, change, http.RequestAborted);
        if (proposal is { Rejection: Rejection.Unchanged, Kind: { } kind, Fact: { } id } && EditAnswer.Find(record, kind, id) is { } same)
        {
            // Asking again for what is already recorded is answered as the first asking was: PUT stays idempotent.
            http.Response.Headers.ETag = same.Tag;
            return TypedResults.Ok(same);
        }

        if (proposal.Edit is { } edit)
        {
            await source.AdvanceAsync(record);
            var fact = EditAnswer.After(edit);
            if (edit.After is null)
            {
                return TypedResults.Ok(EditAnswer.Listed(record, edit));
            }

            http.Response.Headers.ETag = fact.Tag;
            return created ? TypedResults.Created($"/api/{Paths[edit.Kind]}/{Uri.EscapeDataString(fact.Id)}", fact) : TypedResults.Ok(fact);
        }

        return proposal.Rejection switch
        {
            Rejection.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such fact or change"),
            Rejection.Exists => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already recorded", detail: proposal.Refusals![0].Message),
            Rejection.Unchanged => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to change", detail: proposal.Refusals![0].Message),
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
