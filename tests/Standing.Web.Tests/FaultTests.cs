using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Standing.Data;
using Standing.Domain.Recognition;

namespace Standing.Web.Tests;

/// <summary>
/// Faults and load on the store of record, bounded in time: a web node killed with SIGKILL in the middle of writes
/// loses no acknowledged write; eight editors on two nodes over one PostgreSQL lose no edit and see every conflict as 412.
/// </summary>
public sealed class FaultTests
{
    private const string Fact = "/api/recognitions/XKX-FRA-recognised-2008-02-18";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANodeKilledInTheMiddleOfWrites_KeepsEveryAcknowledgedWrite(string provider)
    {
        using var database = new TestDatabase(provider);
        var options = database.Options(RepositoryData.Directory);
        var (_, key) = await new ApiKeys(options).CreateAsync("Desk A", KeyRole.Editor, DateTimeOffset.UtcNow, Ct);
        var acknowledged = new ConcurrentQueue<string>();

        using (var node = await WebNode.StartAsync(database.Address))
        {
            var writes = Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var note = $"write {i}";
                    try
                    {
                        if (await CorrectAsync(node.Client, key, note) == HttpStatusCode.OK)
                        {
                            acknowledged.Enqueue(note);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the node is gone
                    }
                }
            }, Ct);
            while (acknowledged.Count < 20)
            {
                await Task.Delay(10, Ct);
            }

            node.Kill();
            await writes;
        }

        using var restarted = await WebNode.StartAsync(database.Address);
        var history = JsonNode.Parse(await restarted.Client.GetStringAsync("/api/history", Ct))!.AsArray();
        var notes = history.Select(c => c!["after"]!["note"]!.GetValue<string>()).ToHashSet();
        Assert.All(acknowledged, note => Assert.Contains(note, notes));
        // The write in flight when the node died may or may not have committed; either way the fact is its last change.
        Assert.InRange(history.Count, acknowledged.Count, acknowledged.Count + 1);
        Assert.Equal(history[0]!["after"]!["note"]!.GetValue<string>(), JsonNode.Parse(await restarted.Client.GetStringAsync(Fact, Ct))!["values"]!["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task EightEditorsOnTwoNodes_LoseNoEdit_AndEachConflictIsA412()
    {
        const int editors = 8, edits = 500;
        using var database = new TestDatabase("postgres");
        var options = database.Options(RepositoryData.Directory);
        var keys = new ApiKeys(options);
        using var one = new StandingWebFactory(database);
        using var two = new StandingWebFactory(database);
        HttpClient[] nodes = [one.CreateClient(), two.CreateClient()];
        // Two editors per fact, one on each node: they overwrite each other's version often.
        string[] facts = ["XKX-FRA-recognised-2008-02-18", "XKX-DEU-recognised-2008-02-20", "XKX-ITA-recognised-2008-02-21", "XKX-GBR-recognised-2008-02-18"];
        var conflicts = 0;
        var other = new ConcurrentBag<HttpStatusCode>();
        var log = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, editors).Select(e => Task.Run(async () =>
        {
            var key = (await keys.CreateAsync($"editor {e}", KeyRole.Editor, DateTimeOffset.UtcNow, Ct)).Secret;
            var (client, url) = (nodes[e % 2], $"/api/recognitions/{facts[e / 2]}");
            for (var i = 0; i < edits;)
            {
                var status = await CorrectAsync(client, key, $"editor {e}, edit {i}", url);
                log.Add($"editor {e}, edit {i}\"|{status}|{DateTime.UtcNow:HH:mm:ss.fff}");
                if (status == HttpStatusCode.OK)
                {
                    i++;
                }
                else if (status == HttpStatusCode.PreconditionFailed)
                {
                    Interlocked.Increment(ref conflicts);
                }
                else
                {
                    other.Add(status);
                    return;
                }
            }
        }, Ct)));

        Assert.Empty(other);
        // The database itself, then each node, must hold exactly the acknowledged edits.
        var stored = (await new StandingStore(options).LoadRecordAsync(Ct)).Edits;
        var repeated = stored.GroupBy(e => ((RecognitionEvent)e.After!).Note).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        Assert.True(repeated.Count == 0, "written twice: " + string.Join("; ", repeated.Select(e => $"#{e.Id} v{e.Version} {e.Fact} '{((RecognitionEvent)e.After!).Note}' by {e.Author} at {e.At:HH:mm:ss.fff}"))
            + "\nattempts: " + string.Join("; ", log.Where(l => repeated.Any(e => l.StartsWith(((RecognitionEvent)e.After!).Note + "\"", StringComparison.Ordinal))).Order(StringComparer.Ordinal)));
        Assert.Equal(editors * edits, stored.Count);
        // Each node has heard of every edit within a second or so; then both give the same answers.
        var deadline = Stopwatch.StartNew();
        while (await HistoryCountAsync(nodes[0]) != stored.Count || await HistoryCountAsync(nodes[1]) != stored.Count)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "the nodes did not catch up with the database within 10 s");
            await Task.Delay(50, Ct);
        }

        var history = JsonNode.Parse(await nodes[0].GetStringAsync("/api/history", Ct))!.AsArray();
        foreach (var fact in facts)
        {
            Assert.Equal(Enumerable.Range(1, 2 * edits), history.Where(c => c!["fact"]!.GetValue<string>() == fact).Select(c => c!["version"]!.GetValue<int>()).Order());
        }

        Assert.Equal(await nodes[0].GetStringAsync("/api/summary", Ct), await nodes[1].GetStringAsync("/api/summary", Ct));
        Assert.Equal(await nodes[0].GetStringAsync("/api/history", Ct), await nodes[1].GetStringAsync("/api/history", Ct));
        // The figure docs/benchmarks.md quotes, written beside the test binaries.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "editors-on-two-nodes.txt"),
            $"{editors * edits} edits by {editors} editors on two nodes: {conflicts} conflicts (412), {clock.Elapsed.TotalSeconds:F1} s\n", Ct);
        Assert.True(conflicts > 0, "the editors never overwrote each other: the test did not test conflicts");
    }

    private static async Task<int> HistoryCountAsync(HttpClient node) => JsonNode.Parse(await node.GetStringAsync("/api/history", Ct))!.AsArray().Count;

    /// <summary>Reads the fact's ETag and corrects its note with it.</summary>
    private static async Task<HttpStatusCode> CorrectAsync(HttpClient client, string key, string note, string url = Fact)
    {
        using var get = await client.GetAsync(url, Ct);
        var values = JsonNode.Parse(await get.Content.ReadAsStringAsync(Ct))!["values"]!.AsObject();
        values["note"] = note;
        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(values) };
        put.Headers.Authorization = new("Bearer", key);
        put.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(get.Headers.ETag!.ToString()));
        using var response = await client.SendAsync(put, Ct);
        return response.StatusCode;
    }

    /// <summary>The web app as a process of its own on a free port, as a server runs it.</summary>
    private sealed class WebNode : IDisposable
    {
        private readonly Process _process;

        private WebNode(Process process, Uri address)
        {
            _process = process;
            Client = new HttpClient { BaseAddress = address };
        }

        public HttpClient Client { get; }

        public static async Task<WebNode> StartAsync(string database)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Standing.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
                Environment = { ["STANDING_DB"] = database, ["STANDING_DATA"] = RepositoryData.Directory, ["RateLimits__RequestsPerSecond"] = "0" },
            };
            var node = new WebNode(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
            node._process.OutputDataReceived += (_, _) => { };
            node._process.ErrorDataReceived += (_, _) => { };
            node._process.BeginOutputReadLine();
            node._process.BeginErrorReadLine();
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    if ((await node.Client.GetAsync("/health", Ct)).IsSuccessStatusCode)
                    {
                        return node;
                    }
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100, Ct);
                }
            }

            node.Dispose();
            throw new TimeoutException("the web node did not answer /health within 60 s");
        }

        /// <summary>SIGKILL: no shutdown, no flush, as a crash or the OOM killer.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
            Client.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
