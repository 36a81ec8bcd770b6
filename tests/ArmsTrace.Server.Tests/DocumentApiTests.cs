using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// Posting HTML pages, correcting metadata and deleting documents over the API, against a server of its
/// own (SQLite; the storage suite covers both databases) so the shared demo graph stays as built.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentApiTests : IAsyncLifetime
{
    /// <summary>A news page as sites publish them: navigation, scripts, JSON-LD, a byline; the article is two paragraphs.</summary>
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Harbour Watch | Drone parts seized</title>
        <meta property="og:site_name" content="Harbour Watch">
        <meta property="article:published_time" content="2024-02-11T08:30:00+02:00">
        <meta name="description" content="Iran supplied missiles to Venezuela, says nobody.">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Drone parts seized", "publisher": {"@type": "Organization", "name": "Ignored Publisher"}}</script>
        <script>var tracking = "Russia supplied tanks to Mali";</script>
        <style>.ad { color: red }</style>
        </head><body>
        <nav><ul><li><a href="/mideast">Middle East</a></li><li><a href="/africa">Africa</a></li></ul></nav>
        <article>
        <h1>Drone parts seized</h1>
        <p>Customs officers said Iran supplied Shahed-136 drone engines to Russia last year.</p>
        <p>Officials in Moscow denied receiving any shipment.</p>
        </article>
        <footer>Copyright Harbour Watch</footer>
        </body></html>
        """;

    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private HttpClient _http = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-document-api-").FullName;

    public async Task InitializeAsync()
    {
        (_app, var address) = await ServerFixture.Start(Path.Combine(_folder, "documents.db"));
        _http = new HttpClient { BaseAddress = address };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Only litter in the temp folder.
        }
    }

    [Fact]
    public async Task Post_HtmlPage_TakesTitleAndDateFromMetadata()
    {
        using var content = new StringContent(Page, Encoding.UTF8, "text/html");
        using var posted = await _http.PostAsync("/api/documents?wait=true&key=harbour.html", content);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var doc = await _http.GetFromJsonAsync<JsonElement>("/api/documents/harbour.html");
        Assert.Equal("Harbour Watch | Drone parts seized", doc.GetProperty("title").GetString());
        Assert.Equal("2024-02-11", doc.GetProperty("published").GetString());
        Assert.Equal("Harbour Watch", doc.GetProperty("outlet").GetString());
        AssertOnlyTheArticle(doc);
    }

    [Fact]
    public async Task Post_HtmlInJsonText_IsReadAsAPageWithTheRequestsMetadataFirst()
    {
        var body = new { key = "harbour-story", text = Page, outlet = "Port Desk", published = "2024-02-12" };
        using var posted = await _http.PostAsJsonAsync("/api/documents?wait=true", body);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var doc = await _http.GetFromJsonAsync<JsonElement>("/api/documents/harbour-story");
        Assert.Equal(("Port Desk", "2024-02-12"), (doc.GetProperty("outlet").GetString(), doc.GetProperty("published").GetString()));
        Assert.Equal("Harbour Watch | Drone parts seized", doc.GetProperty("title").GetString());
        AssertOnlyTheArticle(doc);
    }

    [Fact]
    public async Task Post_PageWithJsonLdOnly_TakesDateAndPublisherFromIt()
    {
        const string page = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "site"},
             {"@type": "NewsArticle", "headline": "Rocket deliveries", "datePublished": "2023-09-30", "publisher": {"name": "Levant Ledger"}}]}
            </script></head><body><p>Iran supplied rockets to Hezbollah through Syria.</p></body></html>
            """;
        using var posted = await _http.PostAsJsonAsync("/api/documents?wait=true", new { key = "ledger.html", text = page });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var doc = await _http.GetFromJsonAsync<JsonElement>("/api/documents/ledger.html");
        Assert.Equal(("Rocket deliveries", "2023-09-30", "Levant Ledger"), (doc.GetProperty("title").GetString(), doc.GetProperty("published").GetString(), doc.GetProperty("outlet").GetString()));
        Assert.DoesNotContain("schema.org", doc.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "/api/documents?key=empty.html", "<html><head><title>Only a title</title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>", "no article text")]
    [InlineData("text/html", "/api/documents", "<html><body><p>Iran supplied drones.</p></body></html>", "'key' is required")]
    [InlineData("text/html; charset=x-no-such-charset", "/api/documents?key=odd.html", "<p>Iran supplied drones.</p>", "charset 'x-no-such-charset'")]
    [InlineData("application/json", "/api/documents", "{\"key\": \"a.txt\", \"text\": \"Iran supplied drones.\", \"published\": \"last week\"}", "'published' is 'last week', not a date")]
    [InlineData("application/json", "/api/documents", "{\"key\": \"a.txt\", \"text\": \"Iran supplied drones.\", \"format\": \"pdf\"}", "'format' is 'pdf'")]
    public async Task Post_BadDocument_IsRefusedNamingTheProblem(string type, string path, string body, string problem)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
        using var posted = await _http.PostAsync(path, content);

        Assert.True(posted.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{(int)posted.StatusCode}");
        Assert.Contains(problem, (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameTextWithCorrectedOutlet_UpdatesTheMetadata()
    {
        const string text = "Serbia exported artillery shells to Ukraine through third countries, the report said.";
        using var first = await _http.PostAsJsonAsync("/api/documents?wait=true", new { key = "shells.txt", text, outlet = "Wrong Desk" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var corrected = await _http.PostAsJsonAsync("/api/documents?wait=true", new { key = "shells.txt", text, outlet = "Balkan Insight Desk", published = "2024-06-01" });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var result = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("metadata_updated", 1), (result.GetProperty("outcome").GetString(), result.GetProperty("version").GetInt32()));
        var doc = await _http.GetFromJsonAsync<JsonElement>("/api/documents/shells.txt");
        Assert.Equal(("Balkan Insight Desk", "2024-06-01", 1), (doc.GetProperty("outlet").GetString(), doc.GetProperty("published").GetString(), doc.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Delete_Document_RemovesItsClaimsAndIsInTheAuditLog()
    {
        const string text = "Turkey delivered Bayraktar drones to Ethiopia in 2021, diplomats said.";
        using var posted = await _http.PostAsJsonAsync("/api/documents?wait=true", new { key = "tb2.txt", text });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Contains((await _http.GetFromJsonAsync<JsonElement>("/api/claims?limit=100")).GetProperty("items").EnumerateArray(), c => c.GetProperty("documentKey").GetString() == "tb2.txt");

        using var deleted = await _http.DeleteAsync("/api/documents/tb2.txt?reason=duplicate%20of%20a%20wire%20story");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var deletion = await deleted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("tb2.txt", 1), (deletion.GetProperty("key").GetString(), deletion.GetProperty("versions").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/documents/tb2.txt")).StatusCode);
        Assert.DoesNotContain((await _http.GetFromJsonAsync<JsonElement>("/api/claims?limit=100")).GetProperty("items").EnumerateArray(), c => c.GetProperty("documentKey").GetString() == "tb2.txt");
        var audit = await _http.GetStringAsync("/api/audit?format=jsonl");
        Assert.Contains("\"kind\":\"document\"", audit, StringComparison.Ordinal);
        Assert.Contains("duplicate of a wire story", audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteAsync("/api/documents/tb2.txt")).StatusCode);
    }

    private static void AssertOnlyTheArticle(JsonElement doc)
    {
        var text = doc.GetProperty("text").GetString()!;
        Assert.Contains("Customs officers said Iran supplied Shahed-136 drone engines to Russia last year.", text, StringComparison.Ordinal);
        foreach (var junk in new[] { "<", "Middle East", "tracking", "Venezuela", "Mali", "Ignored Publisher", "color: red", "Copyright" })
        {
            Assert.DoesNotContain(junk, text, StringComparison.Ordinal);
        }

        var names = doc.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToList();
        Assert.DoesNotContain(names, n => n.Contains('<', StringComparison.Ordinal) || n.Contains('>', StringComparison.Ordinal));
        Assert.Contains(names, n => n == "Iran");
    }
}
