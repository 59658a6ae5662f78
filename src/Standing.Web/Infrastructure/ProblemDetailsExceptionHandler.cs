using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Standing.Answers;

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
            _ when FieldNames.OfFault(exception) is { } fault => (string.Join('/', fault.Names), fault.Problem),
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
}

