using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Standing.Data;
using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Web.Tests;

/// <summary>
/// Writing through the API: who may, what each write answers, and that a refused write changes nothing. Each test
/// has a database of its own (the factory's "today" is 2021-01-01).
/// </summary>
public sealed class EditApiTests : IDisposable
{
    private const string Source = "https://example.org/argentina";
    private readonly StandingWebFactory _web = new();
    private readonly HttpClient _client;

    public EditApiTests() => _client = _web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _client.Dispose();
        _web.Dispose();
    }

    private static object Argentina(string kind = "recognised", string date = "2020-12-01", string? source = Source) =>
        new { subject = "XKX", state = "ARG", kind, date, source };

    [Fact]
    public async Task Post_TheContract_201WithLocationAndETag_AndTheFactShowsAtOnce()
    {
        var before = await CountAsync();
        using var post = await SendAsync(HttpMethod.Post, "/api/recognitions", await KeyAsync(KeyRole.Editor, "Desk A"), Argentina());

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal("/api/recognitions/XKX-ARG-recognised-2020-12-01", post.Headers.Location?.ToString());
        var etag = post.Headers.ETag?.Tag;
        Assert.NotNull(etag);
        using var get = await _client.GetAsync(post.Headers.Location, Ct);
        Assert.Equal(etag, get.Headers.ETag?.Tag);
        Assert.Equal(before + 1, await CountAsync());
        Assert.Contains(JsonNode.Parse(await _client.GetStringAsync("/api/recognitions", Ct))!.AsArray(), r => r!["code"]!.GetValue<string>() == "ARG");
        var change = Assert.Single(JsonNode.Parse(await _client.GetStringAsync("/api/history?state=ARG", Ct))!.AsArray())!;
        Assert.Equal(("Desk A", "added", Source), (change["author"]!.GetValue<string>(), change["action"]!.GetValue<string>(), change["source"]!.GetValue<string>()));
        Assert.Null(change["before"]);
        Assert.Equal("2020-12-01", change["after"]!["date"]!.GetValue<string>());
        Assert.Equal(StandingWebFactory.Today, change["at"]!.GetValue<DateTimeOffset>());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("stk_0000000000_not-a-key", HttpStatusCode.Unauthorized)]
    [InlineData("Basic dXNlcjpwYXNz", HttpStatusCode.Unauthorized)]
    [InlineData("reader", HttpStatusCode.Forbidden)]
    [InlineData("revoked", HttpStatusCode.Unauthorized)]
    public async Task Post_WithoutAnEditorsValidKey_IsRefused_AndWritesNothing(string? credential, HttpStatusCode expected)
    {
        var keys = new ApiKeys(_web.Options);
        var key = credential switch
        {
            "reader" => await KeyAsync(KeyRole.Reader, "Reader"),
            "revoked" => await RevokedKeyAsync(keys),
            _ => credential,
        };

        using var post = await SendAsync(HttpMethod.Post, "/api/recognitions", key, Argentina(), raw: credential?.StartsWith("Basic", StringComparison.Ordinal) == true);

        Assert.Equal(expected, post.StatusCode);
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task Put_WithoutIfMatch_Is428_WithAStaleOne_412_AndWithTheCurrentOne_Corrects()
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        using var post = await SendAsync(HttpMethod.Post, "/api/recognitions", key, Argentina());
        var url = post.Headers.Location!.ToString();
        var etag = post.Headers.ETag!.Tag;

        using var missing = await SendAsync(HttpMethod.Put, url, key, Argentina(date: "2020-11-30"));
        using var stale = await SendAsync(HttpMethod.Put, url, key, Argentina(date: "2020-11-30"), ifMatch: "\"0-000000000000\"");
        Assert.Equal((HttpStatusCode.PreconditionRequired, HttpStatusCode.PreconditionFailed), (missing.StatusCode, stale.StatusCode));
        Assert.Single(await HistoryAsync());

        using var put = await SendAsync(HttpMethod.Put, url, key, Argentina(date: "2020-11-30", source: "https://example.org/correction"), ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(etag, put.Headers.ETag?.Tag);
        using var again = await SendAsync(HttpMethod.Put, url, key, Argentina(date: "2020-11-29"), ifMatch: etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, again.StatusCode);
        var fact = JsonNode.Parse(await _client.GetStringAsync(url, Ct))!;
        Assert.Equal(("2020-11-30", 2), (fact["values"]!["date"]!.GetValue<string>(), fact["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Put_ReplacesTheFieldsGiven_KeepsTheOthers_AndANullEmptiesOne()
    {
        // Given a shipped recognition with a first report (Liechtenstein: decided 25 March 2008, made public on the 28th)
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        const string url = "/api/recognitions/XKX-LIE-recognised-2008-03-25";
        using var get = await _client.GetAsync(url, Ct);
        var before = JsonNode.Parse(await get.Content.ReadAsStringAsync(Ct))!["values"]!;

        // When a correction gives only a new note, then another empties the first report's note
        using var put = await SendAsync(HttpMethod.Put, url, key, new { note = "checked again" }, ifMatch: get.Headers.ETag!.Tag);
        using var emptied = await SendAsync(HttpMethod.Put, url, key, new { reportNote = (string?)null }, ifMatch: put.Headers.ETag!.Tag);

        // Then every other field, the first report among them, is as it was
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (put.StatusCode, emptied.StatusCode));
        var after = JsonNode.Parse(await _client.GetStringAsync(url, Ct))!["values"]!;
        Assert.Equal(("checked again", "2008-03-28", null), (after["note"]!.GetValue<string>(), after["reportedOn"]!.GetValue<string>(), after["reportNote"]?.GetValue<string>()));
        Assert.NotNull(before["reportNote"]);
        foreach (var field in new[] { "subject", "state", "kind", "date", "source", "reportedOn", "reportSource" })
        {
            Assert.Equal(before[field]!.GetValue<string>(), after[field]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Put_Repeated_Is200WithTheSameFactAndETag_AndRecordsNoSecondChange()
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        var (url, tag) = await AddedThenMovedAsync(key);

        using var repeated = await SendAsync(HttpMethod.Put, url, key, Argentina(date: "2020-11-30"), ifMatch: tag);

        Assert.Equal((HttpStatusCode.OK, tag), (repeated.StatusCode, repeated.Headers.ETag?.Tag));
        Assert.Equal(2, JsonNode.Parse(await repeated.Content.ReadAsStringAsync(Ct))!["version"]!.GetValue<int>());
        Assert.Equal(["corrected", "added"], (await HistoryAsync()).Select(c => c!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Revert_ThatWouldChangeNothing_Is200WithTheFactAsItStands_AndRecordsNothing()
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        var (url, tag) = await AddedThenMovedAsync(key);
        using var back = await SendAsync(HttpMethod.Put, url, key, Argentina(), ifMatch: tag);
        var correction = (await HistoryAsync())[1]!["id"]!.GetValue<long>();

        // The second correction already put back what the first one changed.
        using var revert = await SendAsync(HttpMethod.Post, $"/api/history/{correction}/revert?source={Uri.EscapeDataString("https://example.org/revert")}", key, null);

        Assert.Equal((HttpStatusCode.OK, back.Headers.ETag!.Tag), (revert.StatusCode, revert.Headers.ETag?.Tag));
        Assert.Equal(3, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task Revert_OfAChangeAlreadyUndone_Is409NothingToChange_AndRecordsNothing()
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        using var post = await SendAsync(HttpMethod.Post, "/api/recognitions", key, Argentina());
        var url = post.Headers.Location!.ToString();
        using var delete = await SendAsync(HttpMethod.Delete, $"{url}?source={Uri.EscapeDataString("https://example.org/retraction")}", key, null, ifMatch: post.Headers.ETag!.Tag);
        var added = (await HistoryAsync())[1]!["id"]!.GetValue<long>();

        // Undoing the addition would retract a fact that is already retracted.
        using var revert = await SendAsync(HttpMethod.Post, $"/api/history/{added}/revert?source={Uri.EscapeDataString("https://example.org/revert")}", key, null);

        Assert.Equal(HttpStatusCode.Conflict, revert.StatusCode);
        Assert.Contains("nothing to change", JsonNode.Parse(await revert.Content.ReadAsStringAsync(Ct))!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task Delete_RetractsTheFact_AndRevert_PutsItBack_EachAChangeInTheHistory()
    {
        var key = await KeyAsync(KeyRole.Admin, "Desk B");
        var before = await CountAsync();
        using var post = await SendAsync(HttpMethod.Post, "/api/recognitions", key, Argentina());
        var url = post.Headers.Location!.ToString();

        using var delete = await SendAsync(HttpMethod.Delete, $"{url}?source={Uri.EscapeDataString("https://example.org/retraction")}", key, null, ifMatch: post.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(before, await CountAsync());

        var retraction = (await HistoryAsync())[0]!["id"]!.GetValue<long>();
        using var revert = await SendAsync(HttpMethod.Post, $"/api/history/{retraction}/revert?source={Uri.EscapeDataString("https://example.org/revert")}", key, null);
        Assert.Equal(HttpStatusCode.OK, revert.StatusCode);
        Assert.Equal(before + 1, await CountAsync());
        Assert.Equal(["reverted", "retracted", "added"], (await HistoryAsync()).Select(c => c!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnUnverifiedClaim_IsRecordedWithTheNoteItRestsOn_AndWithoutOne_Refused()
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        var claim = JsonNode.Parse(await _client.GetStringAsync("/api/claims/BDI-withdrawal-2018-SRB", Ct))!["values"]!.AsObject();
        claim["id"] = "KEN-recognition-2025-SRB";
        claim["state"] = "KEN";
        claim["event"] = "recognised";
        claim["eventDate"] = "2025-03-26";
        claim["source"] = "unverified";

        using var bare = await SendAsync(HttpMethod.Post, "/api/claims", key, claim);
        claim["note"] = "Heard on state radio; no written report found yet";
        using var noted = await SendAsync(HttpMethod.Post, "/api/claims", key, claim);

        Assert.Equal(((HttpStatusCode)422, HttpStatusCode.Created), (bare.StatusCode, noted.StatusCode));
        var shown = JsonNode.Parse(await _client.GetStringAsync("/api/states/KEN", Ct))!["claims"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "KEN-recognition-2025-SRB")!;
        Assert.Equal(("unverified", "Heard on state radio; no written report found yet"), (shown["source"]!.GetValue<string>(), shown["note"]!.GetValue<string>()));
    }

    /// <summary>
    /// A fact of each other kind: its path, a shipped fact to copy, the fields to change in the copy, and where the new
    /// fact must show at once (the answer's URL and a text in it).
    /// </summary>
    public static TheoryData<string, string, string, string, string> OtherKinds => new()
    {
        { "claims", "BDI-withdrawal-2018-SRB", """{"id": "KEN-recognition-2025-XKX", "state": "KEN", "event": "recognised", "eventDate": "2025-03-26", "party": "XKX", "saidOn": "2025-03-26", "stance": "asserts", "status": "disputed"}""", "/api/states/KEN", "KEN-recognition-2025-XKX" },
        { "positions", "XKX-BRA-position-2008-02-22", """{"state": "KEN", "position": "Kenya will consider recognition.", "statedOn": "2019-05-01"}""", "/api/states/KEN", Source },
        { "memberships", "OIC-SEN-member-1969", """{"state": "FRA", "status": "observer", "since": "2020-06-01"}""", "/api/states/FRA", Source },
        { "relations", "XKX-USA-diplomatic-established-2008-02-18", """{"state": "ARG", "since": "2020-06-01"}""", "/api/states/ARG", Source },
        { "recorded-votes", "un-ga-2008-xkx", """{"id": "un-ga-2020-xkx", "date": "2020-10-08", "ballot": "secret"}""", "/api/votes/un-ga-2020-xkx", "un-ga-2020-xkx" },
        { "arrangements", "unmik-interpol", """{"id": "unmik-interpol-2", "name": "A second UNMIK liaison"}""", "/api/channels", "unmik-interpol-2" },
    };

    [Theory]
    [MemberData(nameof(OtherKinds))]
    public async Task EveryKindOfFact_IsAdded_Corrected_AndRetracted_EachShowingAtOnce(string path, string shipped, string changes, string answer, string shows)
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        var copy = JsonNode.Parse(await _client.GetStringAsync($"/api/{path}/{shipped}", Ct))!["values"]!.AsObject();
        foreach (var (field, value) in JsonNode.Parse(changes)!.AsObject())
        {
            copy[field] = value?.DeepClone();
        }

        copy["source"] = Source;
        using var post = await SendAsync(HttpMethod.Post, $"/api/{path}", key, copy);
        Assert.True(HttpStatusCode.Created == post.StatusCode, await post.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith($"/api/{path}/", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains(shows, await _client.GetStringAsync(answer, Ct), StringComparison.Ordinal);

        copy["source"] = "https://example.org/correction";
        using var stale = await SendAsync(HttpMethod.Put, post.Headers.Location.ToString(), key, copy, ifMatch: "\"0-000000000000\"");
        using var put = await SendAsync(HttpMethod.Put, post.Headers.Location.ToString(), key, copy, ifMatch: post.Headers.ETag!.Tag);
        Assert.Equal((HttpStatusCode.PreconditionFailed, HttpStatusCode.OK), (stale.StatusCode, put.StatusCode));
        using var delete = await SendAsync(HttpMethod.Delete, $"{post.Headers.Location}?source={Uri.EscapeDataString(Source)}", key, null, ifMatch: put.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);

        var history = await _client.GetStringAsync($"/api/history?type={JsonNode.Parse(await post.Content.ReadAsStringAsync(Ct))!["type"]}", Ct);
        Assert.Equal(["retracted", "corrected", "added"], JsonNode.Parse(history)!.AsArray().Select(c => c!["action"]!.GetValue<string>()));
        using var gone = await _client.GetAsync(answer, Ct);
        Assert.True(gone.StatusCode == HttpStatusCode.NotFound || !(await gone.Content.ReadAsStringAsync(Ct)).Contains(shows, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facts_ListTheIdsAndTagsAChangeNeeds()
    {
        var facts = JsonNode.Parse(await _client.GetStringAsync("/api/facts/membership?state=SEN", Ct))!.AsArray();
        var oic = facts.Single(f => f!["id"]!.GetValue<string>() == "OIC-SEN-member-1969")!;

        using var get = await _client.GetAsync("/api/memberships/OIC-SEN-member-1969", Ct);
        Assert.Equal(get.Headers.ETag!.Tag, oic["tag"]!.GetValue<string>());
        Assert.All(facts, f => Assert.Equal("SEN", f!["values"]!["state"]!.GetValue<string>()));
        using var unknown = await _client.GetAsync("/api/facts/rumour", Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "type"), (unknown.StatusCode, JsonNode.Parse(await unknown.Content.ReadAsStringAsync(Ct))!["parameter"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AMembershipThatWouldOverlap_Is422AtSince_AndAnUnknownField_400NamingIt()
    {
        var key = await KeyAsync(KeyRole.Editor, "Desk A");
        var senegal = JsonNode.Parse(await _client.GetStringAsync("/api/memberships/OIC-SEN-member-1969", Ct))!["values"]!.AsObject();
        senegal["since"] = "2000-01-01";
        using var overlap = await SendAsync(HttpMethod.Post, "/api/memberships", key, senegal);
        senegal["colour"] = "green";
        using var unknown = await SendAsync(HttpMethod.Post, "/api/memberships", key, senegal);

        Assert.Equal(((HttpStatusCode)422, "since"), (overlap.StatusCode, JsonNode.Parse(await overlap.Content.ReadAsStringAsync(Ct))!["field"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.BadRequest, "colour"), (unknown.StatusCode, JsonNode.Parse(await unknown.Content.ReadAsStringAsync(Ct))!["parameter"]!.GetValue<string>()));
        Assert.Empty(await HistoryAsync());
    }

    /// <summary>Bad writes, each with the status it gets and the field it names; none writes anything.</summary>
    public static TheoryData<string, string, HttpStatusCode, string?> BadWrites => new()
    {
        { "invalid JSON", "{\"state\": \"ARG\",", HttpStatusCode.BadRequest, null },
        { "a number for a code", """{"state": 42, "kind": "recognised", "date": "2020-12-01", "source": "https://example.org/x"}""", HttpStatusCode.BadRequest, null },
        { "no source", """{"state": "ARG", "kind": "recognised", "date": "2020-12-01"}""", HttpStatusCode.BadRequest, "source" },
        { "a source that is no address", """{"state": "ARG", "kind": "recognised", "date": "2020-12-01", "source": "my notes"}""", HttpStatusCode.BadRequest, "source" },
        { "unverified without a note", """{"state": "ARG", "kind": "recognised", "date": "2020-12-01", "source": "unverified"}""", (HttpStatusCode)422, "note" },
        { "an impossible date", """{"state": "ARG", "kind": "recognised", "date": "2020-02-30", "source": "https://example.org/x"}""", HttpStatusCode.BadRequest, "date" },
        { "an unknown kind", """{"state": "ARG", "kind": "admired", "date": "2020-12-01", "source": "https://example.org/x"}""", HttpStatusCode.BadRequest, "kind" },
        { "a malformed code", """{"state": "ARGENTINA", "kind": "recognised", "date": "2020-12-01", "source": "https://example.org/x"}""", HttpStatusCode.BadRequest, "state" },
        { "an unknown state", """{"state": "QQQ", "kind": "recognised", "date": "2020-12-01", "source": "https://example.org/x"}""", (HttpStatusCode)422, "state" },
        { "a withdrawal before any recognition", """{"state": "ARG", "kind": "withdrawn", "date": "2020-12-01", "source": "https://example.org/x"}""", (HttpStatusCode)422, "date" },
        { "before the declaration", """{"state": "ARG", "kind": "recognised", "date": "2001-01-01", "source": "https://example.org/x"}""", (HttpStatusCode)422, "date" },
        { "a second recognition", """{"state": "FRA", "kind": "recognised", "date": "2020-12-01", "source": "https://example.org/x"}""", (HttpStatusCode)422, "date" },
        { "a field given twice", """{"state": "ARG", "State": "BRA", "kind": "recognised", "date": "2020-12-01", "source": "https://example.org/x"}""", HttpStatusCode.BadRequest, "State" },
        { "a fact already recorded", """{"state": "FRA", "kind": "recognised", "date": "2008-02-18", "source": "https://example.org/x"}""", HttpStatusCode.Conflict, null },
    };

    [Theory]
    [MemberData(nameof(BadWrites))]
    public async Task Post_BadWrite_GetsIts4xx_NamesTheField_AndWritesNothing(string why, string body, HttpStatusCode expected, string? field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recognitions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", await KeyAsync(KeyRole.Editor, "Desk A"));

        using var response = await _client.SendAsync(request, Ct);

        Assert.True(expected == response.StatusCode, $"{why}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
            Assert.Equal(field, (problem["field"] ?? problem["parameter"])!.GetValue<string>());
        }

        Assert.Empty(await HistoryAsync());
    }

    [Theory]
    [InlineData("/api/history?format=csv", HttpStatusCode.OK, "text/csv")]
    [InlineData("/api/conflicts?format=csv", HttpStatusCode.OK, "text/csv")]
    [InlineData("/api/history?format=xml", HttpStatusCode.BadRequest, "application/problem+json")]
    public async Task HistoryAndConflicts_TakeFormatAsEveryAnswerDoes(string url, HttpStatusCode status, string type)
    {
        using var response = await _client.GetAsync(url, Ct);

        Assert.Equal((status, type), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task AChangeWrittenByAnotherProcess_ShowsHereWithinSeconds()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/summary", Ct)).StatusCode);
        var store = new StandingStore(_web.Options);
        var record = await store.LoadRecordAsync(Ct);
        var argentina = new RecognitionEvent(EntityCode.Kosovo, new("ARG"), RecognitionEventKind.Recognised, PartialDate.Exact(new(2020, 12, 1)), new SourceRef(Source));

        var (proposal, _) = await store.CommitAsync(record, r => r.Propose(new Change(EditAction.Added, FactKinds.Recognition, null, argentina, null, "another node", StandingWebFactory.Today, argentina.Source)), Ct);

        Assert.NotNull(proposal.Edit);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await HistoryAsync()).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal("another node", Assert.Single(await HistoryAsync())!["author"]!.GetValue<string>());
    }

    private async Task<string> KeyAsync(KeyRole role, string name) => (await new ApiKeys(_web.Options).CreateAsync(name, role, StandingWebFactory.Today, Ct)).Secret;

    private static async Task<string> RevokedKeyAsync(ApiKeys keys)
    {
        var (key, secret) = await keys.CreateAsync("Former editor", KeyRole.Editor, StandingWebFactory.Today, Ct);
        await keys.RevokeAsync(key.Id, StandingWebFactory.Today, Ct);
        return secret;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? key, object? body, string? ifMatch = null, bool raw = false)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", raw ? key : $"Bearer {key}");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await _client.SendAsync(request, Ct);
    }

    private async Task<int> CountAsync() =>
        JsonNode.Parse(await _client.GetStringAsync("/api/summary", Ct))!["unMembersRecognizing"]!.GetValue<int>();

    /// <summary>Argentina's recognition added, then its date corrected to 2020-11-30: its URL and its ETag after the correction.</summary>
    private async Task<(string Url, string Tag)> AddedThenMovedAsync(string key)
    {
        using var post = await SendAsync(HttpMethod.Post, "/api/recognitions", key, Argentina());
        var url = post.Headers.Location!.ToString();
        using var put = await SendAsync(HttpMethod.Put, url, key, Argentina(date: "2020-11-30"), ifMatch: post.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return (url, put.Headers.ETag!.Tag);
    }

    private async Task<JsonArray> HistoryAsync() => JsonNode.Parse(await _client.GetStringAsync("/api/history", Ct))!.AsArray();
}
