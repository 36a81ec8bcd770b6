using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArmsTrace.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    private async Task<JsonElement> Get(string path)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task Get_EntitySearch_FindsQodsForceByPartOfName()
    {
        var page = await Get("/api/entities?q=qods&limit=10");
        Assert.Contains(Items(page), e => e.GetProperty("key").GetString() == "kb:qods-force");
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }

    [Theory]
    [InlineData("Hizballah", "kb:hezbollah")]
    [InlineData("Suleimani", "kb:qasem-soleimani")]
    [InlineData("Shahed 136", "kb:shahed-136")]
    public async Task Get_EntitySearch_FindsSpellingsThatScreeningMatches(string typed, string key)
    {
        var page = await Get($"/api/entities?q={Uri.EscapeDataString(typed)}&limit=10");
        Assert.Contains(Items(page), e => e.GetProperty("key").GetString() == key);
    }

    [Fact]
    public async Task Get_Search_FindsDocumentsAndEvidenceWithMarkedWords()
    {
        var found = await Get("/api/search?q=Shahed%20drones&limit=5");

        Assert.True(found.GetProperty("documentsTotal").GetInt64() > 0);
        Assert.True(found.GetProperty("claimsTotal").GetInt64() > 0);
        Assert.InRange(found.GetProperty("documents").GetArrayLength(), 1, 5);
        var evidence = found.GetProperty("claims")[0].GetProperty("evidence").EnumerateArray().ToList();
        Assert.Contains(evidence, p => p.GetProperty("match").GetBoolean() && p.GetProperty("text").GetString()!.StartsWith("Shahed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_SearchWithoutWords_IsABadRequest()
    {
        using var response = await server.Http.GetAsync("/api/search?q=%20--%20");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least one word", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EntitySearch_PagesWithoutOverlap()
    {
        var first = await Get("/api/entities?limit=5&offset=0");
        var second = await Get("/api/entities?limit=5&offset=5");
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var a = Items(first).Select(e => e.GetProperty("key").GetString()).ToList();
        var b = Items(second).Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal(5, a.Count);
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public async Task Get_EntityDossier_ReturnsClaimsGroupedByType()
    {
        var e = await Get("/api/entities/kb:iran?limit=500");
        Assert.Equal("Iran", e.GetProperty("name").GetString());
        Assert.Equal("country", e.GetProperty("type").GetString());
        Assert.Contains(e.GetProperty("names").EnumerateArray(), n => n.GetString() == "Tehran");
        Assert.NotEqual(JsonValueKind.Null, e.GetProperty("latitude").ValueKind);
        var groups = e.GetProperty("claimsByType").EnumerateArray().ToList();
        Assert.Contains(groups, g => g.GetProperty("type").GetString() == "supply");
        foreach (var g in groups)
        {
            var type = g.GetProperty("type").GetString();
            Assert.All(g.GetProperty("claims").EnumerateArray(), c => Assert.Equal(type, c.GetProperty("type").GetString()));
        }

        Assert.Equal(e.GetProperty("claims").GetInt64(), groups.Sum(g => g.GetProperty("claims").GetArrayLength()));
    }

    [Fact]
    public async Task Get_EntityDossier_ByName_ResolvesParentAndCountry()
    {
        var e = await Get("/api/entities/Qods%20Force");
        Assert.Equal("kb:qods-force", e.GetProperty("key").GetString());
        Assert.Equal("kb:iran", e.GetProperty("country").GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Object, e.GetProperty("parent").ValueKind);
    }

    [Fact]
    public async Task Get_UnknownEntity_ReturnsProblemDetails404()
    {
        using var response = await server.Http.GetAsync("/api/entities/kb:no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("kb:no-such-thing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Claims_FiltersByTypeStanceEntityAndDateRange()
    {
        var page = await Get("/api/claims?type=supply&entity=kb:iran&from=2022&to=2023-12&limit=200");
        var claims = Items(page).ToList();
        Assert.NotEmpty(claims);
        foreach (var c in claims)
        {
            Assert.Equal("supply", c.GetProperty("type").GetString());
            var date = c.GetProperty("timeFrom").GetString() ?? c.GetProperty("published").GetString();
            Assert.NotNull(date);
            Assert.InRange(string.CompareOrdinal(date![..4], "2022"), 0, 1);
        }

        var denied = Items(await Get("/api/claims?stance=denied&limit=200")).ToList();
        Assert.NotEmpty(denied);
        Assert.All(denied, c => Assert.Equal("denied", c.GetProperty("stance").GetString()));
    }

    [Fact]
    public async Task Get_Claims_BySource_ReturnsOnlyThatSource()
    {
        var claims = Items(await Get("/api/claims?source=kb:us-commerce&limit=100")).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("kb:us-commerce", c.GetProperty("sourceKey").GetString()));
    }

    [Fact]
    public async Task Get_Document_ReturnsTextWithMentionAndClaimOffsets()
    {
        var d = await Get("/api/documents/19-china-entity-list.txt");
        var text = d.GetProperty("text").GetString()!;
        var mentions = d.GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]));
        var claims = d.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(
            c.GetProperty("evidenceText").GetString(),
            text[c.GetProperty("evidenceStart").GetInt32()..c.GetProperty("evidenceEnd").GetInt32()]));
    }

    [Fact]
    public async Task Get_Documents_ListsDemoCorpusInPages()
    {
        var first = await Get("/api/documents?limit=20");
        var second = await Get("/api/documents?limit=20&offset=20");
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.True(second.GetProperty("items").GetArrayLength() >= 5);
    }

    [Fact]
    public async Task Get_Neighbourhood_OfIran_JoinsOnlyItsNodesAndHonoursTypeFilter()
    {
        var all = await Get("/api/graph/neighbourhood/kb:iran");
        var keys = all.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToHashSet();
        Assert.Contains("kb:iran", keys);
        Assert.Contains("kb:russia", keys);
        foreach (var c in all.GetProperty("claims").EnumerateArray())
        {
            Assert.Contains(c.GetProperty("subjectKey").GetString(), keys);
        }

        var supply = await Get("/api/graph/neighbourhood/kb:iran?types=supply&stances=asserted,alleged");
        Assert.All(supply.GetProperty("claims").EnumerateArray(), c =>
        {
            Assert.Equal("supply", c.GetProperty("type").GetString());
            Assert.Contains(c.GetProperty("stance").GetString(), new[] { "asserted", "alleged" });
        });
        Assert.True(supply.GetProperty("claims").GetArrayLength() < all.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public async Task Get_Paths_FromChinaToHouthis_GoThroughIran()
    {
        var page = await Get("/api/graph/paths?from=China&to=Houthis");
        var paths = Items(page).ToList();
        Assert.NotEmpty(paths);
        var keys = paths[0].GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal("kb:china", keys[0]);
        Assert.Equal("kb:houthis", keys[^1]);
        Assert.Contains("kb:iran", keys);
        var allowed = new[] { "supply", "manufacture", "sponsor", "part_of" };
        foreach (var hop in paths[0].GetProperty("hops").EnumerateArray())
        {
            Assert.All(hop.GetProperty("claims").EnumerateArray(), c => Assert.Contains(c.GetProperty("type").GetString(), allowed));
        }
    }

    [Fact]
    public async Task Get_Paths_WithoutEnds_ReturnsProblemDetails400()
    {
        using var response = await server.Http.GetAsync("/api/graph/paths?from=China");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Map_HasPlacesCountriesAndTransfers()
    {
        var map = await Get("/api/map");
        Assert.NotEmpty(map.GetProperty("places").EnumerateArray());
        Assert.Contains(map.GetProperty("countries").EnumerateArray(), c => c.GetProperty("key").GetString() == "kb:iran");
        Assert.Contains(map.GetProperty("transfers").EnumerateArray(), t =>
            t.GetProperty("from").GetProperty("key").GetString() == "kb:iran" && t.GetProperty("to").GetProperty("key").GetString() == "kb:russia");
    }

    [Fact]
    public async Task Get_OpenApi_DescribesEveryEndpoint()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/entities", "/api/entities/{key}", "/api/claims", "/api/documents", "/api/documents/{key}", "/api/graph/neighbourhood/{key}", "/api/graph/paths", "/api/map" })
        {
            Assert.Contains(expected, paths);
        }
    }

    [Fact]
    public async Task Get_Export_EntityNeighbourhood_HoldsTheNetworkViewsClaims()
    {
        var view = await Get("/api/graph/neighbourhood/Iran?types=supply&depth=2");
        using var response = await server.Http.GetAsync("/api/export?format=csv&entity=Iran&types=supply&depth=2");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claim_id,type,", lines[0], StringComparison.Ordinal);
        var ids = lines.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Order().ToList();
        Assert.Equal(view.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), ids);
    }

    [Fact]
    public async Task Get_Export_WholeGraphAsStix_IsABundleOfEveryClaim()
    {
        using var response = await server.Http.GetAsync("/api/export?format=stix");
        Assert.Equal("application/stix+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bundle = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var store = ArmsTrace.Storage.StoreLocation.Parse(server.Database).OpenEvidenceStore();
        var stored = store.FindClaims(new ArmsTrace.Storage.ClaimFilter(Limit: 1000)).Count;
        var claims = bundle.GetProperty("objects").EnumerateArray().Count(o => o.GetProperty("type").GetString() is "relationship" or "note");
        Assert.Equal(stored, claims);
        Assert.Equal("bundle", bundle.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/export?format=pdf", 400, "stix, ftm, graphml, csv")]
    [InlineData("/api/export?format=stix&types=suply", 400, "valid types")]
    [InlineData("/api/export?format=stix&from=2024-99-99", 400, "YYYY-MM-DD")]
    [InlineData("/api/export?format=csv&table=people", 400, "claims or entities")]
    [InlineData("/api/export?format=ftm&entity=Atlantis", 404, "Atlantis")]
    public async Task Get_Export_BadRequest_SaysWhatIsWrong(string path, int status, string detail)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EntityDossier_PagesInTheDatabaseByCursor()
    {
        var whole = await Get("/api/entities/kb:iran?limit=500");
        static IEnumerable<long> Ids(JsonElement page) => page.GetProperty("claimsByType").EnumerateArray().SelectMany(g => g.GetProperty("claims").EnumerateArray()).Select(c => c.GetProperty("id").GetInt64());
        var seen = new List<long>();
        var path = "/api/entities/kb:iran?limit=7";
        while (true)
        {
            var page = await Get(path);
            seen.AddRange(Ids(page));
            if (page.GetProperty("next").GetString() is not { } next)
            {
                Assert.False(page.GetProperty("hasMore").GetBoolean());
                break;
            }

            path = "/api/entities/kb:iran?limit=7&after=" + Uri.EscapeDataString(next);
        }

        Assert.Equal(whole.GetProperty("claims").GetInt64(), seen.Count);
        Assert.Equal(Ids(whole).Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        using var bad = await server.Http.GetAsync("/api/entities/kb:iran?after=garbage");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public void ServerSettings_DefaultUrls_BindLoopbackOnly()
    {
        Assert.StartsWith("http://127.0.0.1:", ServerSettings.DefaultUrls, StringComparison.Ordinal);
    }
}
