using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArmsTrace.Server.Security;

namespace ArmsTrace.Server.Tests.Security;

/// <summary>Local mode (no keys) on the demo server: this machine only, and the defects the attack trial found.</summary>
[Collection(ServerCollection.Name)]
public sealed class LocalAccessTests(ServerFixture server)
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.test:5170")]
    [InlineData("192.168.1.20")]
    public async Task Request_WithAForeignHostHeader_IsRefused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/entities");
        request.Headers.Host = host;
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("127.0.0.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Request_WithALoopbackHostHeader_IsServed(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Host = host;
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Create_OnAnAddressOtherMachinesReach_WithoutKeys_IsRefusedWithWhatToDo()
    {
        var db = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var ex = Assert.Throws<ServerSetupException>(() => ArmsTraceServer.Create(new ServerSettings(db, "http://0.0.0.0:0", Quiet: true)));
            Assert.Contains("armstrace keys add", ex.Message, StringComparison.Ordinal);
            Assert.Contains("http://0.0.0.0:0", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
        }
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_AndNoServerHeader()
    {
        using var response = await server.Http.GetAsync("/");
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedJson_SaysWhatIsWrong()
    {
        using var response = await server.Http.PostAsync("/api/documents", new StringContent("{\"key\": \"a.txt\", \"text\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not a valid JSON document", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dossier_AtAnOffsetNearIntMax_HasNoMore()
    {
        var page = await server.Http.GetFromJsonAsync<JsonElement>("/api/entities/kb:iran?offset=2147483600");
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }
}
