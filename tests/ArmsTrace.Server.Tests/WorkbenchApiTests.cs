using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArmsTrace.Server.Tests;

/// <summary>The API behind the network's edges and filters, the paths page, the map's routes and the dossier's export.</summary>
[Collection(ServerCollection.Name)]
public sealed class WorkbenchApiTests(ServerFixture server)
{
    private async Task<JsonElement> Get(string path)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Edge(JsonElement n, string subject, string type, string target) =>
        n.GetProperty("edges").EnumerateArray().Single(e =>
            e.GetProperty("subjectKey").GetString() == subject && e.GetProperty("type").GetString() == type && e.GetProperty("targetKey").GetString() == target);

    [Fact]
    public async Task Neighbourhood_Edges_CountEveryClaimOncePerSubjectTargetAndType()
    {
        var n = await Get("/api/graph/neighbourhood/kb:iran?maxClaims=900");
        var edges = n.GetProperty("edges").EnumerateArray().ToList();
        var keys = edges.Select(e => $"{e.GetProperty("subjectKey")}|{e.GetProperty("type")}|{e.GetProperty("targetKey")}").ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(n.GetProperty("claimsTotal").GetInt64(), edges.Sum(e => e.GetProperty("claims").GetInt64()));
        Assert.All(edges, e => Assert.Equal(e.GetProperty("claims").GetInt64(), e.GetProperty("stances").EnumerateObject().Sum(s => s.Value.GetInt64())));
        var claims = n.GetProperty("claims").EnumerateArray()
            .Count(c => c.GetProperty("subjectKey").GetString() == "kb:iran" && c.GetProperty("type").GetString() == "supply"
                && (c.GetProperty("objectKey").GetString() ?? c.GetProperty("itemKey").GetString()) == "kb:russia");
        Assert.Equal(claims, Edge(n, "kb:iran", "supply", "kb:russia").GetProperty("claims").GetInt64());
        Assert.True(claims > 1, "Iran's supply to Russia is told by several claims in the demo");
    }

    [Fact]
    public async Task Neighbourhood_PairWithDenialAndConfirmation_IsDisputedAndShowsItsStrongestStance()
    {
        var edge = Edge(await Get("/api/graph/neighbourhood/kb:russia"), "kb:iran", "supply", "kb:russia");
        Assert.True(edge.GetProperty("disputed").GetBoolean());
        Assert.Equal("confirmed", edge.GetProperty("strongest").GetString());
        Assert.True(edge.GetProperty("stances").GetProperty("denied").GetInt64() > 0);
        Assert.True(edge.GetProperty("origins").GetInt64() >= 1);
    }

    [Theory]
    [InlineData("/api/graph/neighbourhood/kb:iran?from=2024-99", "not a date")]
    [InlineData("/api/graph/neighbourhood/kb:iran?to=last%20week", "not a date")]
    [InlineData("/api/graph/neighbourhood/kb:iran?types=bogus", "unknown claim type")]
    [InlineData("/api/graph/neighbourhood/kb:iran?stances=maybe", "unknown stance")]
    [InlineData("/api/graph/paths?from=China&to=Houthis&types=bogus", "unknown claim type")]
    [InlineData("/api/map?from=2022-13", "not a date")]
    public async Task Filters_BadDateTypeOrStance_AreABadRequestSayingWhy(string path, string why)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(why, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbourhood_SourceFilter_KeepsOnlyClaimsThatSourceAsserts()
    {
        var n = await Get("/api/graph/neighbourhood/kb:iran?source=kb:russia");
        Assert.NotEmpty(n.GetProperty("claims").EnumerateArray());
        Assert.All(n.GetProperty("claims").EnumerateArray(), c => Assert.Equal("kb:russia", c.GetProperty("sourceKey").GetString()));
        using var unknown = await server.Http.GetAsync("/api/graph/neighbourhood/kb:iran?source=nobody-at-all");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Paths_NeverRestOnADeniedClaimUnlessAsked()
    {
        static IEnumerable<string> Stances(JsonElement page) => page.GetProperty("items").EnumerateArray()
            .SelectMany(p => p.GetProperty("hops").EnumerateArray())
            .SelectMany(h => h.GetProperty("claims").EnumerateArray())
            .Select(c => c.GetProperty("stance").GetString()!);

        var plain = await Get("/api/graph/paths?from=kb:iran&to=kb:russia&types=supply");
        Assert.NotEmpty(Stances(plain));
        Assert.DoesNotContain("denied", Stances(plain));
        var asked = await Get("/api/graph/paths?from=kb:iran&to=kb:russia&types=supply&includeDenied=true");
        Assert.Contains("denied", Stances(asked));
    }

    [Fact]
    public async Task Claims_BySubjectAndTarget_ListOneEdgesClaims()
    {
        var page = await Get("/api/claims?subject=kb:iran&target=kb:russia&type=supply&limit=200");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, c =>
        {
            Assert.Equal("kb:iran", c.GetProperty("subjectKey").GetString());
            Assert.Equal("kb:russia", c.GetProperty("objectKey").GetString() ?? c.GetProperty("itemKey").GetString());
            Assert.Equal("supply", c.GetProperty("type").GetString());
        });
        var edge = Edge(await Get("/api/graph/neighbourhood/kb:russia"), "kb:iran", "supply", "kb:russia");
        Assert.Equal(edge.GetProperty("claims").GetInt64(), items.Count);
    }

    [Fact]
    public async Task Map_DenialsAreKeptApartFromSupplyRoutes_AndEachRouteListsItsClaims()
    {
        var map = await Get("/api/map");
        var transfers = map.GetProperty("transfers").EnumerateArray().ToList();
        var denials = transfers.Where(t => t.GetProperty("denied").GetBoolean()).ToList();
        Assert.NotEmpty(denials);
        Assert.All(denials, t => Assert.Equal(["denied"], t.GetProperty("stances").EnumerateArray().Select(s => s.GetString())));
        Assert.All(transfers.Except(denials), t => Assert.DoesNotContain("denied", t.GetProperty("stances").EnumerateArray().Select(s => s.GetString())));

        var route = transfers.First(t => !t.GetProperty("denied").GetBoolean());
        var claims = await Get($"/api/map/route?source={route.GetProperty("from").GetProperty("key")}&target={route.GetProperty("to").GetProperty("key")}");
        Assert.Equal(route.GetProperty("claimIds").EnumerateArray().Select(i => i.GetInt64()).Order(), claims.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Order());
        Assert.All(claims.EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("evidenceText").GetString())));
    }

    [Fact]
    public async Task Export_Involving_HoldsExactlyTheClaimsTheDossierFilterLists()
    {
        var listed = await Get("/api/claims?entity=kb:iran&stance=denied&limit=500");
        using var response = await server.Http.GetAsync("/api/export?format=csv&involving=kb:iran&stances=denied");
        response.EnsureSuccessStatusCode();
        Assert.Equal("armstrace-claims-of-kb-iran.claims.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ids = lines.Skip(1).Select(l => long.Parse(l[..l.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Order(), ids);
        Assert.NotEmpty(ids);
    }
}
