using Microsoft.AspNetCore.Http.HttpResults;
using Standing.Answers;
using Standing.Domain;
using Standing.Domain.Relations;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>Relations beyond recognition, and the gaps between recognition and relations.</summary>
public static class RelationEndpoints
{
    public static IEndpointRouteBuilder MapRelationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Relations");
        api.MapGet("/relations", Relations).WithName("Relations").WithSummary("Relations beyond recognition in force on a date");
        api.MapGet("/gaps", Gaps).WithName("Gaps").WithSummary("Recognisers without relations, and non-recognisers with relations or accepting documents");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<RelationsAnswer.Row>>, ContentHttpResult>> Relations(
        string? kind, string? state, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var kindValue = kind is null ? (RelationKind?)null
            : KebabNames.Of<RelationKind>().TryGetValue(kind, out var k) ? k
            : throw new ParameterException("kind", $"use one of {string.Join(", ", KebabNames.Of<RelationKind>().Keys)}");
        var code = state is null ? (Domain.Entities.EntityCode?)null : Questions.State(q.Registry, state, "state");
        return Reply.List(RelationsAnswer.For(q, kindValue, code), RelationsAnswer.Columns, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<GapsAnswer.Row>>, ContentHttpResult>> Gaps(string? bloc, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        return Reply.List(GapsAnswer.For(q, bloc is null ? null : Questions.Organisation(bloc, "bloc")), GapsAnswer.Columns, Questions.WantsCsv(p));
    }
}
