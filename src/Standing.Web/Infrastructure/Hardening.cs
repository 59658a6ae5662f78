using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Standing.Web.Infrastructure;

/// <summary>
/// What a public server needs around the answers: security headers on every response (a CSP the pages pass), a cap on
/// request bodies, and rate limits per client address on reads and, far lower, on failed authentication.
/// </summary>
public static class Hardening
{
    /// <summary>The largest request body taken (a change is a few hundred bytes).</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Scripts only from this origin (no inline script, no eval); inline style attributes are allowed because the
    /// charts write them into their SVG; images may be data: or blob: URLs (the map's PNG and SVG downloads).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The default rate limit: requests per client address per second (a page load makes a handful). The setting
    /// <c>RateLimits:RequestsPerSecond</c> (environment: <c>RateLimits__RequestsPerSecond</c>) changes it; 0 turns it off,
    /// as the load runs in bench/ do, which send thousands a second from one address.
    /// </summary>
    public const int RequestsPerSecond = 500;

    /// <summary>Failed authentications per client address per minute before it is turned away with 429.</summary>
    public const int FailedKeysPerMinute = 10;

    private const string FailedKeyPolicy = "failed-keys";

    public static IServiceCollection AddHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
        var perSecond = configuration.GetValue("RateLimits:RequestsPerSecond", RequestsPerSecond);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => perSecond <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = perSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0 }));
        });
        services.AddSingleton<FailedKeys>();
        return services;
    }

    /// <summary>Adds the security headers to every response, and turns away a client that keeps sending bad keys.</summary>
    public static IApplicationBuilder UseHardening(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Kestrel stops a longer body as it arrives; a declared length over the cap is turned away before it is read.
            if (http.Request.ContentLength > MaxBodyBytes)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            var failed = http.RequestServices.GetRequiredService<FailedKeys>();
            if (http.Request.Headers.Authorization.Count > 0 && failed.TooMany(Client(http)))
            {
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                headers.RetryAfter = "60";
                return;
            }

            await next(http);
            if (http.Response.StatusCode == StatusCodes.Status401Unauthorized && http.Request.Headers.Authorization.Count > 0)
            {
                failed.Count(Client(http));
            }
        });
        app.UseRateLimiter();
        return app;
    }

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Failed authentications per client address in the current minute.</summary>
    internal sealed class FailedKeys(TimeProvider clock)
    {
        private readonly Dictionary<string, (long Minute, int Count)> _counts = [];
        private readonly Lock _lock = new();

        public bool TooMany(string client)
        {
            lock (_lock)
            {
                return _counts.TryGetValue(client, out var c) && c.Minute == Minute() && c.Count >= FailedKeysPerMinute;
            }
        }

        public void Count(string client)
        {
            lock (_lock)
            {
                var minute = Minute();
                if (_counts.Count > 10_000)
                {
                    // Only this minute's counts matter: the older ones are let go.
                    foreach (var stale in _counts.Where(c => c.Value.Minute != minute).Select(c => c.Key).ToList())
                    {
                        _counts.Remove(stale);
                    }
                }

                _counts[client] = _counts.TryGetValue(client, out var c) && c.Minute == minute ? (minute, c.Count + 1) : (minute, 1);
            }
        }

        private long Minute() => clock.GetUtcNow().ToUnixTimeSeconds() / 60;
    }
}
