using System.Security.Cryptography;

namespace Standing.Web.Infrastructure;

/// <summary>
/// Every successful GET under /api gets an ETag (a hash of the body) and Cache-Control, and a request whose
/// If-None-Match matches gets 304 with no body. Answers depend only on the data set and the query, so the hash is stable.
/// </summary>
public sealed class ConditionalGet(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            // A fact's own version tag, when the endpoint gave one, is the one that If-Match is checked against.
            var etag = context.Response.Headers.ETag is { Count: > 0 } given
                ? given.ToString()
                : $"\"{Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "public, max-age=60";
            if (context.Request.Headers.IfNoneMatch.Contains(etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = 0;
                return;
            }
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    }
}
