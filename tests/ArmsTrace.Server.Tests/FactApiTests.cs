using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArmsTrace.Server.Tests;

/// <summary>Corroboration, disputes, timelines and asOf over the demo graph's API.</summary>
[Collection(ServerCollection.Name)]
public sealed class FactApiTests(ServerFixture server)
{
    private async Task<JsonElement> Get(string path)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Get_Neighbourhood_GivesEachEdgeItsCorroboration()
    {
        var n = await Get("/api/graph/neighbourhood/kb:russia");
        var facts = n.GetProperty("facts").EnumerateArray().ToList();
        var supply = facts.Single(f => f.GetProperty("subjectKey").GetString() == "kb:iran" && f.GetProperty("type").GetString() == "supply" && f.GetProperty("targetKey").GetString() == "kb:russia");
        Assert.True(supply.GetProperty("origins").GetInt64() >= 2);
        Assert.True(supply.GetProperty("parties").GetInt64() >= supply.GetProperty("origins").GetInt64() - 1);
        Assert.True(supply.GetProperty("disputed").GetBoolean());
        Assert.All(n.GetProperty("claims").EnumerateArray(), c => Assert.Contains(facts, f =>
            f.GetProperty("subjectKey").GetString() == c.GetProperty("subjectKey").GetString() && f.GetProperty("type").GetString() == c.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Get_Timeline_AsOf_StopsAtThatDate()
    {
        var all = await Get("/api/facts/timeline?subject=kb:iran&type=supply&target=kb:russia");
        var early = await Get("/api/facts/timeline?subject=kb:iran&type=supply&target=kb:russia&asOf=2022-10");
        var known = early.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("known").GetString()!).ToList();
        Assert.All(known, k => Assert.True(string.CompareOrdinal(k, "2022-10-31") <= 0, k));
        Assert.Equal(known.Order(StringComparer.Ordinal), known);
        Assert.True(all.GetProperty("steps").GetArrayLength() > known.Count);
        Assert.Contains(early.GetProperty("steps").EnumerateArray(), s => s.GetProperty("stance").GetString() == "denied");
    }

    [Fact]
    public async Task Get_Disputes_ListsSidesAndMinSourcesFilters()
    {
        var page = await Get("/api/disputes?limit=100");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), d => d.GetProperty("sides").GetArrayLength() == 2);
        var strong = await Get("/api/claims?minSources=3&limit=500");
        var weak = await Get("/api/claims?limit=500");
        Assert.InRange(strong.GetProperty("items").GetArrayLength(), 1, weak.GetProperty("items").GetArrayLength() - 1);
    }

    [Theory]
    [InlineData("/api/claims?asOf=2024-99-99")]
    [InlineData("/api/graph/neighbourhood/kb:iran?asOf=soon")]
    [InlineData("/api/entities/kb:iran?asOf=2024-13")]
    [InlineData("/api/disputes?asOf=yesterday")]
    [InlineData("/api/map?asOf=20x4")]
    [InlineData("/api/export?format=stix&asOf=2024-02-30")]
    public async Task Get_MalformedAsOf_Is400NamingTheFormat(string path)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DocumentOrigin_NamesItsOwnStory()
    {
        var origin = await Get("/api/documents/03-iran-denies-2022.txt/origin");
        Assert.Equal("doc:03-iran-denies-2022.txt", origin.GetProperty("origin").GetString());
        var dates = await Get("/api/graph/dates");
        Assert.Equal("2019-09-16", dates.GetProperty("first").GetString());
    }
}
