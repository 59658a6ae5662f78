using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Standing.Answers;
using Standing.Domain;
using Standing.Domain.Admission;

namespace Standing.Web.Infrastructure;

/// <summary>The one place that turns failures into HTTP: bad input is a 400 naming the parameter, anything else a 500.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (parameter, problem) = exception switch
        {
            ParameterException e => (e.Parameter, e.Problem),
            AnswerInputException e => (ParameterOf(e.Field.ToString().ToLowerInvariant()), e.Problem),
            VoteInputException e => (ParameterOf(e.Field), e.Problem),
            CooperationInputException e => (ParameterOf(e.Field), e.Problem),
            _ => (null, null),
        };
        if (parameter is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = $"Bad parameter: {parameter}",
                Detail = $"{parameter}: {problem}",
                Extensions = { ["parameter"] = parameter },
            },
        });
    }

    /// <summary>The query parameter for a field the domain names: the command line's option without its dashes.</summary>
    private static string ParameterOf(string field) => string.Join('/', field.Split('/').Select(f => f == "organisation" ? "org" : f));
}
