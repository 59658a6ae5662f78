using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Standing.Data;

namespace Standing.Web.Tests;

/// <summary>Server mode: the app on PostgreSQL answers as on SQLite, and two nodes on one database agree within a second of a write.</summary>
public sealed class ServerModeTests : IDisposable
{
    private readonly TestDatabase _postgres = new("postgres");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _postgres.Dispose();

    public static TheoryData<string> Questions =>
    [
        "/api/summary?asOf=2021-01-01", "/api/summary?asOf=2008-10-31&perspective=serbia", "/api/organisations?asOf=2024-12-31", "/api/states/GHA?asOf=2020-06-01",
        "/api/votes/coe-cm-2023-xkx/members", "/api/forecast?org=INTERPOL&asOf=2018-11-20", "/api/channels/stats", "/api/relations?kind=diplomatic&asOf=2020-01-01",
    ];

    [Fact]
    public async Task OnPostgres_EveryAnswerIsTheSameAsOnSqlite()
    {
        using var sqlite = new StandingWebFactory();
        using var postgres = new StandingWebFactory(_postgres);
        using var a = sqlite.CreateClient();
        using var b = postgres.CreateClient();

        foreach (var question in Questions)
        {
            Assert.Equal(await a.GetStringAsync(question, Ct), await b.GetStringAsync(question, Ct));
        }
    }

    [Fact]
    public async Task TwoNodesOnOneDatabase_AgreeWithinASecondOfAWrite()
    {
        using var one = new StandingWebFactory(_postgres);
        using var two = new StandingWebFactory(_postgres);
        using var first = one.CreateClient();
        using var second = two.CreateClient();
        var before = await CountAsync(second);
        var (_, key) = await new ApiKeys(one.Options).CreateAsync("Desk A", KeyRole.Editor, StandingWebFactory.Today, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recognitions")
        {
            Content = JsonContent.Create(new { subject = "XKX", state = "ARG", kind = "recognised", date = "2020-12-01", source = "https://example.org/argentina" }),
        };
        request.Headers.Authorization = new("Bearer", key);
        using var post = await first.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var written = Stopwatch.StartNew();
        while (await CountAsync(second) == before && written.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20, Ct);
        }

        Assert.Equal(before + 1, await CountAsync(second));
        Assert.True(written.Elapsed < TimeSpan.FromSeconds(1), $"the second node saw the write after {written.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(await first.GetStringAsync("/api/history?state=ARG", Ct), await second.GetStringAsync("/api/history?state=ARG", Ct));
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("/api/summary", Ct))!["unMembersRecognizing"]!.GetValue<int>();
}
