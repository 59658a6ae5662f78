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
        if (exception is BadHttpRequestException bad)
        {
            return await WriteAsync(httpContext, exception, bad.StatusCode, "Bad request body", BodyProblem(bad), null);
        }

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

        return await WriteAsync(httpContext, exception, StatusCodes.Status400BadRequest, $"Bad parameter: {parameter}", $"{parameter}: {problem}", parameter);
    }

    private async ValueTask<bool> WriteAsync(HttpContext httpContext, Exception exception, int status, string title, string detail, string? parameter)
    {
        httpContext.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (parameter is not null)
        {
            details.Extensions["parameter"] = parameter;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = details });
    }

    /// <summary>What is wrong with a body that could not be read, without .NET's type names: where in the JSON it went wrong.</summary>
    private static string BodyProblem(BadHttpRequestException e) => e.InnerException switch
    {
        System.Text.Json.JsonException { Path: { } path } when e.InnerException.InnerException is System.Text.Json.JsonException or null =>
            $"the body is not valid JSON (at {path})",
        System.Text.Json.JsonException { Path: { } path } => $"the body's value at {path} has the wrong type (codes, dates and sources are strings)",
        _ => "the body could not be read: send JSON (Content-Type: application/json) within the size limit",
    };
}
