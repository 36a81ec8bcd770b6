using System.Net;
using System.Net.Http.Json;
using ArmsTrace.Server.Tests.Review;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ArmsTrace.Server.Tests;

/// <summary>Markup in anything a document brings (text, title, outlet, url) or an entity's name is shown as text on every page and never runs.</summary>
/// <remarks>
/// The server's Content-Security-Policy would refuse an inline handler or script even if a page inserted one, so the
/// flag the payloads set is not enough on its own: each page is also searched for the payloads' elements, which are
/// there only if a page built markup from stored text.
/// </remarks>
[Collection(ServerCollection.Name)]
public sealed class MarkupAsTextBrowserTests(ServerFixture shared, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Key = "zz-markup.txt";
    private const string Title = "Drones <img src=x onerror=\"window.pwned=1\"> for <script>window.pwned=2</script>Quillmoor";
    private const string Outlet = "<img src=x onerror=\"window.pwned=3\">Quillmoor Courier";
    private const string Url = "https://example.org/q?a=\"><script>window.pwned=4</script><img src=x onerror=window.pwned=5>";
    private const string Text = "Quillmoor traders said <script>window.pwned = 6</script> nothing. <img src=x onerror=\"window.pwned=7\"> Iran supplied drones to Russia in May 2023, a Quillmoor official said.";
    private const string Name = "Russia <img src=x onerror=\"window.pwned=8\"><script>window.pwned=9</script>";

    [Fact]
    public async Task PlantedMarkup_InDocumentsAndNames_ShowsLiterallyAndNeverRunsOnAnyPage()
    {
        // Renaming changes the graph, so on a snapshot of the demo database, not under the collection's other tests.
        await using var server = await PrivateServer.Of(shared);
        using (var posted = await server.Http.PostAsJsonAsync("/api/documents?wait=true", new { key = Key, text = Text, title = Title, outlet = Outlet, url = Url, published = "2023-05-20" }))
        {
            posted.EnsureSuccessStatusCode();
        }

        using (var renamed = await server.Http.PostAsJsonAsync("/api/entities/kb:russia/judgements", new { action = "rename", value = Name }))
        {
            Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
        }

        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/").ToString());
        await page.Locator("#view[data-ready='#/']").WaitForAsync();

        await Visit(page, "#/doc/zz-markup.txt", "#doc-text");
        Assert.Equal(Text, await page.Locator("#doc-text").TextContentAsync());
        Assert.Contains(Title, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var about = await page.InnerTextAsync("#view");
        Assert.Contains(Outlet, about, StringComparison.Ordinal);
        Assert.Contains(Url, about, StringComparison.Ordinal);
        await BrowserFixture.Shoot(page, "08-script-as-text", output);

        await Visit(page, "#/entity/kb%3Arussia", "#dossier-count");
        await Expect(page.Locator("#dossier-name")).ToContainTextAsync(Name);
        await BrowserFixture.Shoot(page, "12-markup-name-dossier", output, fullPage: false);

        await Visit(page, "#/search?q=Quillmoor", "#result-documents");
        await Expect(page.Locator($"#result-documents li[data-key='{Key}'] a").First).ToHaveTextAsync(Title);
        await Expect(page.Locator($"#result-documents li[data-key='{Key}']")).ToContainTextAsync(Outlet);

        await Visit(page, "#/network/kb%3Arussia", "#graph[data-rendered]");
        Assert.Equal(Name, await page.EvaluateAsync<string>("() => window.armstrace.cy.getElementById('kb:russia').data('label') ?? window.armstrace.cy.getElementById('kb:russia').data('name')"));
        await page.EvaluateAsync("() => window.armstrace.cy.getElementById('kb:iran|supply|kb:russia').emit('tap')");
        await page.Locator("#edge-claims[data-ready]").WaitForAsync();
        await Expect(page.Locator("#edge-panel")).ToContainTextAsync(Name);
        await BrowserFixture.Shoot(page, "13-markup-name-network", output, fullPage: false);

        await Visit(page, "#/paths?from=Iran&to=kb%3Arussia", "#paths");
        await Expect(page.Locator("#paths .chain").First).ToContainTextAsync(Name);

        await Visit(page, "#/map", "#map svg[data-rendered]");
        await page.Locator("#map path.transfer[data-to='kb:russia']:not(.denied)").First.DispatchEventAsync("click");
        await page.Locator("#map-claims[data-ready]").WaitForAsync();
        // The map names countries as the knowledge base does, not as renamed, so here the test only looks that nothing ran.
        await BrowserFixture.Shoot(page, "14-markup-name-map", output, fullPage: false);
        await NothingRan(page, "#/map");
    }

    private static async Task Visit(IPage page, string hash, string ready)
    {
        await page.EvaluateAsync("h => { location.hash = h; }", hash);
        await page.Locator($"#view[data-ready=\"{hash}\"] {ready}").First.WaitForAsync();
        await NothingRan(page, hash);
    }

    private static async Task NothingRan(IPage page, string hash)
    {
        Assert.True(await page.Locator("img[src=x], #view script, #edge-panel script, #map-claims script").CountAsync() == 0, $"{hash} built markup from stored text");
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), $"{hash} ran stored text as script");
    }
}
