using System.Net;
using System.Text;

namespace Standing.Web.Tests;

/// <summary>Security headers, the body size limit and the rate limits; CORS stays off.</summary>
public sealed class HardeningTests : IDisposable
{
    private readonly StandingWebFactory _web = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _web.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/api/summary")]
    [InlineData("/api/states/QQQ")]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoCors(string path)
    {
        using var client = _web.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(Infrastructure.Hardening.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413_AndWritesNothing()
    {
        using var client = _web.CreateClient();
        var note = new string('x', (int)Infrastructure.Hardening.MaxBodyBytes);
        using var body = new StringContent($$"""{"state": "ARG", "kind": "recognised", "date": "2020-12-01", "source": "https://example.org/x", "note": "{{note}}"}""", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recognitions") { Content = body };
        request.Headers.Authorization = new("Bearer", (await new Data.ApiKeys(_web.Options).CreateAsync("Desk", Data.KeyRole.Editor, StandingWebFactory.Today, Ct)).Secret);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("[]", (await client.GetStringAsync("/api/history", Ct)).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatedBadKeys_AreTurnedAwayWith429()
    {
        using var client = _web.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Infrastructure.Hardening.FailedKeysPerMinute; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recognitions") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new("Bearer", $"stk_guess{i}_nothing");
            using var response = await client.SendAsync(request, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/summary", Ct)).StatusCode);
    }

    [Fact]
    public async Task ReadsOverTheConfiguredRate_Get429()
    {
        using var limited = new StandingWebFactory();
        limited.Settings["RateLimits:RequestsPerSecond"] = "5";
        using var client = limited.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ => (await client.GetAsync("/health", Ct)).StatusCode));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Contains(HttpStatusCode.OK, statuses);
    }
}
