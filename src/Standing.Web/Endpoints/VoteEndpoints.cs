using Microsoft.AspNetCore.Http.HttpResults;
using Standing.Answers;
using Standing.Domain.Admission;
using Standing.Domain.Voting;
using Standing.Web.Infrastructure;

namespace Standing.Web.Endpoints;

/// <summary>Votes: recorded votes, a tally evaluated, forecasts, voting power and the model's backtest.</summary>
public static class VoteEndpoints
{
    public static IEndpointRouteBuilder MapVoteEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Votes");
        api.MapGet("/votes", Votes).WithName("Votes").WithSummary("Recorded votes with Standing's verdict beside history's");
        api.MapGet("/votes/{id}", Vote).WithName("Vote").WithSummary("One recorded vote with Standing's verdict beside history's");
        api.MapGet("/votes/{id}/members", Members).WithName("VoteMembers").WithSummary("How each member voted in a recorded vote: its roll call, or its national delegations' votes");
        api.MapGet("/votes/evaluate", Evaluate).WithName("EvaluateVote").WithSummary("Evaluate a tally under an organisation's admission rule");
        api.MapGet("/forecast", Forecast).WithName("Forecast").WithSummary("Forecast a vote on the subject's admission, with swing and what-ifs");
        api.MapGet("/power", Power).WithName("Power").WithSummary("Banzhaf or Shapley–Shubik voting power in an organisation's weighted body");
        api.MapGet("/backtest/members", BacktestMembers).WithName("BacktestMembers")
            .WithSummary("Every recorded roll call forecast member by member by each model, from what came before it, and scored");
        api.MapGet("/backtest", Backtest).WithName("Backtest").WithSummary("The forecast model on every recorded admission vote");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<VotesAnswer.Row>>, ContentHttpResult>> Votes(string? org, string? applicant, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var rows = VotesAnswer.For(q.Registry, org is null ? null : Questions.Organisation(org, "org"), applicant is null ? null : Questions.State(q.Registry, applicant, "applicant"));
        return Reply.List(rows, VotesAnswer.Columns, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<VotesAnswer.Row>>, ContentHttpResult, NotFound>> Vote(string id, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        if (RollCallAnswer.Find(q.Registry, id) is not { } vote)
        {
            return TypedResults.NotFound();
        }

        var rows = VotesAnswer.For(q.Registry, null, null, vote);
        return Questions.WantsCsv(p) ? Reply.Csv(rows, VotesAnswer.Columns) : TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<IReadOnlyList<RollCallAnswer.Row>>, ContentHttpResult, NotFound>> Members(string id, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        if (RollCallAnswer.Find(q.Registry, id) is not { } vote)
        {
            return TypedResults.NotFound();
        }

        var rows = RollCallAnswer.For(q, vote);
        return Questions.WantsCsv(p) ? Reply.Csv(rows, RollCallAnswer.Columns(vote)) : TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<VoteAnswer.View>, ContentHttpResult>> Evaluate(
        string? org, string? body, string? round, string? yes, string? no, string? abstain, string? absent, string? motion,
        [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var (y, n) = (Reply.Count(yes, "yes") ?? throw new ParameterException("yes", "required"), Reply.Count(no, "no") ?? throw new ParameterException("no", "required"));
        var absentCount = Reply.Count(absent, "absent");
        var ask = new VoteAnswer.Ask(Questions.Organisation(org ?? throw new ParameterException("org", "required: the organisation's id, e.g. INTERPOL"), "org"), body,
            Reply.Count(round, "round") ?? 1, new Tally(y, n, Reply.Count(abstain, "abstain") ?? 0, absentCount ?? 0), absentCount is not null, null,
            motion ?? AdmissionProcedure.AdmissionMotion);
        return Reply.One(VoteAnswer.For(q.Registry, ask, q.AsOf), VoteAnswer.Fields, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<ForecastAnswer.View>, ContentHttpResult>> Forecast(
        string? org, string? body, string? round, string[]? assume, string? voters, string? afterRound, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock, CancellationToken ct)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var assumptions = (assume ?? []).Select(a =>
        {
            try
            {
                return Assumption.Parse(a);
            }
            catch (ArgumentException e)
            {
                throw new ParameterException("assume", e.Message.Split(" (Parameter")[0]);
            }
        }).ToList();
        var request = new ForecastRequest(Questions.Organisation(org ?? throw new ParameterException("org", "required: the organisation's id, e.g. UNESCO"), "org"),
            body, Reply.Count(round, "round") ?? 1, q.Subject.Code, q.AsOf, q.Perspective, null, assumptions, null, 1)
        {
            Cancellation = ct,
            AfterRound = afterRound is null ? null : ForecastAnswer.Round(afterRound),
        };
        var model = voters is null ? VoterModels.RollCalls
            : Domain.KebabNames.Of<VoterModels>().TryGetValue(voters, out var m) ? m
            : throw new ParameterException("voters", $"'{voters}' is not one of {string.Join(", ", Domain.KebabNames.Of<VoterModels>().Keys)}");
        return Reply.One(ForecastAnswer.For(q.Registry, request, model), ForecastAnswer.Fields, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<PowerAnswer.Row>>, ContentHttpResult>> Power(
        string? org, string? quota, string? index, [AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock, CancellationToken ct)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        var shapley = (index ?? "banzhaf") switch
        {
            "banzhaf" => false,
            "shapley" => true,
            var other => throw new ParameterException("index", $"'{other}': use banzhaf or shapley"),
        };
        var answer = PowerAnswer.For(q.Registry, Questions.Organisation(org ?? throw new ParameterException("org", "required: e.g. IMF or EU"), "org"),
            Reply.Amount(quota, "quota"), shapley, ct: ct);
        return Reply.List(answer.Rows, PowerAnswer.Columns, Questions.WantsCsv(p));
    }

    public static async Task<Results<Ok<IReadOnlyList<BacktestAnswer.Row>>, ContentHttpResult>> Backtest([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock) =>
        Reply.List(BacktestAnswer.For(await Questions.ReadAsync(p, source, clock)), BacktestAnswer.Columns, Questions.WantsCsv(p));

    public static async Task<Results<Ok<IReadOnlyList<BacktestAnswer.MemberRow>>, ContentHttpResult>> BacktestMembers([AsParameters] QuestionParameters p, RegistrySource source, TimeProvider clock)
    {
        var q = await Questions.ReadAsync(p, source, clock);
        return Reply.List(BacktestAnswer.Members(q), BacktestAnswer.MemberColumns, Questions.WantsCsv(p));
    }
}
