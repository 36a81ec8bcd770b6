using System.Net;
using System.Net.Http.Json;
using ArmsTrace.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTrace.Server.Tests.Security;

/// <summary>Keyed mode, tried endpoint by endpoint and role by role.</summary>
/// <remarks>In the server collection so its demo build never runs beside the other fixture's: in a trial, two in-process demo builds at once made one fail.</remarks>
[Collection(ServerCollection.Name)]
public sealed class KeyedAccessTests(KeyedServerFixture server, BrowserFixture browser) : IClassFixture<KeyedServerFixture>
{
    [Fact]
    public async Task EveryApiEndpoint_WithoutAKey_Is401()
    {
        using var http = server.Client(null);
        foreach (var (method, path, _) in Endpoints())
        {
            using var response = await http.SendAsync(Request(method, path));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ReaderKey_ReadsEveryEndpoint_ButChangesNothing()
    {
        using var http = server.Client(server.Reader);
        var writes = 0;
        foreach (var (method, path, adminOnly) in Endpoints())
        {
            using var response = await http.SendAsync(Request(method, path));
            var code = (int)response.StatusCode;
            if (adminOnly)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {code}");
            }
            else if (method == "GET")
            {
                Assert.True(code is not (401 or 403), $"{method} {path}: {code}");
            }
            else
            {
                writes++;
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {code}");
            }
        }

        Assert.True(writes > 0);
    }

    [Fact]
    public async Task AnalystKey_CanIngest_ButNotListKeys()
    {
        using var http = server.Client(server.Analyst);
        using var posted = await http.PostAsJsonAsync("/api/documents?wait=true", new { key = "keyed-analyst.txt", text = "Iran supplied drones to Russia in 2022, officials said." });
        Assert.True(posted.IsSuccessStatusCode, $"{(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
        using var keys = await http.GetAsync("/api/keys");
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
    }

    [Fact]
    public async Task AdminKey_ListsKeysWithoutTheirSecrets()
    {
        using var http = server.Client(server.Admin);
        var body = await http.GetStringAsync("/api/keys");
        Assert.Contains("\"rita\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Reader, body, StringComparison.Ordinal);
        Assert.DoesNotContain("rex", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedOrMadeUpKey_Is401()
    {
        foreach (var key in new[] { server.Revoked, "atk_not-a-real-key", "Basic abc" })
        {
            using var http = server.Client(key);
            using var response = await http.GetAsync("/api/entities");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndStrict_ReadsFreely_WritesOnlyWithTheCsrfHeader()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        using var signIn = await http.PostAsJsonAsync("/api/session", new { key = server.Analyst });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var setCookie = signIn.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(server.Analyst, setCookie, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/entities?q=iran")).StatusCode);
        var body = new { key = "keyed-cookie.txt", text = "China sold drones to Iraq." };
        using var forged = await http.PostAsJsonAsync("/api/documents?wait=true", body);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?wait=true") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-ArmsTrace-Csrf", "1");
        using var ours = await http.SendAsync(request);
        Assert.True(ours.IsSuccessStatusCode, $"{(int)ours.StatusCode}");

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/entities")).StatusCode);
    }

    [Fact]
    public async Task Writes_OverTheLimit_Get429WithRetryAfter()
    {
        using var http = server.Client(server.Burst);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i <= KeyedServerFixture.WritesPerMinute; i++)
        {
            using var response = await http.PostAsync("/api/documents", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        Assert.All(codes.Take(KeyedServerFixture.WritesPerMinute), c => Assert.Equal(HttpStatusCode.BadRequest, c));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        using var read = await http.GetAsync("/api/entities");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task PagesAndHealth_NeedNoKey()
    {
        using var http = server.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task WebPage_AsksForAKey_AndShowsTheDossierOnceSignedIn()
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/entity/kb%3Airan").ToString());
        await page.WaitForSelectorAsync("#login");
        await page.FillAsync("#login-key", "atk_wrong");
        await page.ClickAsync("#login button");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#login-message")).ToContainTextAsync("not valid");
        await page.FillAsync("#login-key", server.Reader);
        await page.ClickAsync("#login button");
        await page.WaitForSelectorAsync("#dossier-name");
        Assert.Contains("Iran", await page.InnerTextAsync("#dossier-name"), StringComparison.Ordinal);
        var cookies = await context.CookiesAsync();
        var session = Assert.Single(cookies, c => c.Name == "armstrace_session");
        Assert.True(session.HttpOnly);
        Assert.Equal(Microsoft.Playwright.SameSiteAttribute.Strict, session.SameSite);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
        await context.CloseAsync();
    }

    /// <summary>Every API route the server maps, with sample values for its parameters.</summary>
    private List<(string Method, string Path, bool AdminOnly)> Endpoints()
    {
        var routes = server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var list = new List<(string, string, bool)>();
        foreach (var e in routes)
        {
            var pattern = "/" + e.RoutePattern.RawText!.TrimStart('/');
            if (!pattern.StartsWith("/api/", StringComparison.Ordinal) || pattern.StartsWith("/api/health", StringComparison.Ordinal) || pattern.StartsWith("/api/session", StringComparison.Ordinal))
            {
                continue;
            }

            var path = pattern.Replace("{key}", "kb%3Airan", StringComparison.Ordinal) + (pattern.Contains("paths", StringComparison.Ordinal) ? "?from=Iran&to=Russia" : pattern.Contains("export", StringComparison.Ordinal) ? "?format=csv&entity=Iran" : "");
            foreach (var method in e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                list.Add((method, path, e.Metadata.GetMetadata<RequiredRole>()?.Role == Storage.Keys.KeyRole.Admin));
            }
        }

        Assert.Contains(list, e => e.Item1 == "POST");
        return list;
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("{\"key\":\"x.txt\",\"text\":\"Iran supplied drones.\"}", System.Text.Encoding.UTF8, "application/json") };
}
