using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArmsTrace.Server.Tests.Review;

[Collection(ServerCollection.Name)]
public sealed class ReviewApiTests(ServerFixture shared)
{
    [Fact]
    public async Task Reject_ThenUndo_HidesAndRestoresClaimInEveryView()
    {
        await using var server = await PrivateServer.Of(shared);
        var queue = await Json(server, "/api/review/queue?limit=5");
        var first = queue.EnumerateArray().First();
        Assert.NotEmpty(first.GetProperty("reasons").EnumerateArray());
        var claim = first.GetProperty("claim");
        var id = claim.GetProperty("id").GetInt64();
        var subject = claim.GetProperty("subjectKey").GetString()!;

        using var rejected = await server.Http.PostAsJsonAsync($"/api/claims/{id}/judgements", new { action = "reject", reason = "misread" });
        Assert.Equal(HttpStatusCode.Created, rejected.StatusCode);
        var judgement = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Environment.UserName, judgement.GetProperty("decidedBy").GetString());

        Assert.DoesNotContain(ClaimIds(await Json(server, $"/api/graph/neighbourhood/{Uri.EscapeDataString(subject)}")), c => c == id);
        var raw = (await Json(server, $"/api/graph/neighbourhood/{Uri.EscapeDataString(subject)}?raw=true")).GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("id").GetInt64() == id);
        Assert.Equal("rejected", raw.GetProperty("review").GetString());
        Assert.DoesNotContain((await Json(server, "/api/review/queue?limit=5")).EnumerateArray(), i => i.GetProperty("claim").GetProperty("id").GetInt64() == id);

        using var undo = await server.Http.PostAsync($"/api/judgements/{judgement.GetProperty("id").GetInt64()}/undo", null);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Contains(ClaimIds(await Json(server, $"/api/graph/neighbourhood/{Uri.EscapeDataString(subject)}")), c => c == id);
    }

    [Fact]
    public async Task Edit_ObjectAndStance_CorrectionReplacesClaimAndAuditHasIt()
    {
        await using var server = await PrivateServer.Of(shared);
        var claim = (await Json(server, "/api/claims?type=supply&limit=1")).GetProperty("items").EnumerateArray().Single();
        var id = claim.GetProperty("id").GetInt64();
        using var edited = await server.Http.PostAsJsonAsync($"/api/claims/{id}/judgements", new { action = "edit", edit = new { @object = "new:group:Test Brigade", stance = "alleged" } });
        Assert.Equal(HttpStatusCode.Created, edited.StatusCode);
        var claims = (await Json(server, "/api/claims?type=supply&limit=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(claims, c => c.GetProperty("id").GetInt64() == id);
        var correction = Assert.Single(claims, c => c.GetProperty("objectName").GetString() == "Test Brigade");
        Assert.Equal(("alleged", "correction"), (correction.GetProperty("stance").GetString(), correction.GetProperty("review").GetString()));

        var csv = await server.Http.GetStringAsync("/api/audit?format=csv");
        Assert.StartsWith("kind,id,action,target,detail", csv, StringComparison.Ordinal);
        Assert.Contains("object=analyst:test-brigade", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_BadRequests_AnswerProblemDetails()
    {
        await using var server = await PrivateServer.Of(shared);
        var id = (await Json(server, "/api/claims?limit=1")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64();
        await AssertProblem(server, $"/api/claims/{id}/judgements", new { action = "approve" }, "action must be accept, reject or edit");
        await AssertProblem(server, $"/api/claims/{id}/judgements", new { action = "edit", edit = new { stance = "sure" } }, "not a stance");
        await AssertProblem(server, "/api/claims/999999/judgements", new { action = "accept" }, "No claim in a current document has id 999999");
        await AssertProblem(server, "/api/entities/kb:iran/judgements", new { action = "retype", value = "empire" }, "not an entity type");
    }

    [Fact]
    public async Task RenameEntity_ShowsInDossierUntilUndone()
    {
        await using var server = await PrivateServer.Of(shared);
        using var renamed = await server.Http.PostAsJsonAsync("/api/entities/kb:iran/judgements", new { action = "rename", value = "Islamic Republic of Iran" });
        Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
        Assert.Equal("Islamic Republic of Iran", (await Json(server, "/api/entities/kb:iran")).GetProperty("name").GetString());
        var judgement = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        using var undo = await server.Http.PostAsync($"/api/entity-judgements/{judgement.GetProperty("id").GetInt64()}/undo", null);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal("Iran", (await Json(server, "/api/entities/kb:iran")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SetParentAndCountry_DossierShowsThemOverTheKnowledgeBase()
    {
        await using var server = await PrivateServer.Of(shared);
        using var parent = await server.Http.PostAsJsonAsync("/api/entities/kb:qods-force/judgements", new { action = "parent", value = "kb:iran" });
        Assert.Equal(HttpStatusCode.Created, parent.StatusCode);
        using var country = await server.Http.PostAsJsonAsync("/api/entities/kb:qods-force/judgements", new { action = "country", value = "Russia" });
        Assert.Equal(HttpStatusCode.Created, country.StatusCode);
        var dossier = await Json(server, "/api/entities/kb:qods-force");
        Assert.Equal("kb:iran", dossier.GetProperty("parent").GetProperty("key").GetString());
        Assert.Equal("Russia", dossier.GetProperty("country").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Map_RenamedCountryAndJudgedCountry_ShowOnItsRoutes()
    {
        await using var server = await PrivateServer.Of(shared);
        using var renamed = await server.Http.PostAsJsonAsync("/api/entities/kb:iran/judgements", new { action = "rename", value = "Islamic Republic of Iran" });
        Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
        using var moved = await server.Http.PostAsJsonAsync("/api/entities/kb:rsf/judgements", new { action = "country", value = "Libya" });
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);

        var claims = await Json(server, "/api/claims?type=supply&limit=500");
        var rsfSupply = claims.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("objectKey").GetString() == "kb:rsf").GetProperty("id").GetInt64();
        var transfers = (await Json(server, "/api/map")).GetProperty("transfers").EnumerateArray().ToList();
        string Route(JsonElement t) => $"{t.GetProperty("from").GetProperty("name").GetString()} -> {t.GetProperty("to").GetProperty("name").GetString()}";
        var fromIran = transfers.Where(t => t.GetProperty("from").GetProperty("key").GetString() == "kb:iran").ToList();
        Assert.NotEmpty(fromIran);
        Assert.All(fromIran, t => Assert.StartsWith("Islamic Republic of Iran -> ", Route(t), StringComparison.Ordinal));

        // The analyst put the Rapid Support Forces in Libya, so the Emirates' supply to them is drawn there, not to Sudan.
        var toRsf = transfers.Single(t => t.GetProperty("claimIds").EnumerateArray().Any(id => id.GetInt64() == rsfSupply));
        Assert.Equal("United Arab Emirates -> Libya", Route(toRsf));
    }

    private static IEnumerable<long> ClaimIds(JsonElement neighbourhood) => neighbourhood.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetInt64());

    private static async Task<JsonElement> Json(PrivateServer server, string path)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertProblem(PrivateServer server, string path, object body, string detail)
    {
        using var response = await server.Http.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
