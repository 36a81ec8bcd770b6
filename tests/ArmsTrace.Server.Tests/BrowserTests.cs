using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArmsTrace.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class BrowserTests(ServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private const double FirstPageBudgetMs = 1000;
    private const double NetworkBudgetMs = 2000;

    private Task<IPage> NewPage() => browser.NewPage();

    private Task Shoot(IPage page, string name) => BrowserFixture.Shoot(page, name, output);

    [Fact]
    public async Task Demo_SearchQods_OpensDossierAndNetworkEdgeShowsEvidence()
    {
        var page = await NewPage();
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("#view[data-ready]");
        var firstPageMs = clock.Elapsed.TotalMilliseconds;
        output.WriteLine($"first page load: {firstPageMs:F0} ms (budget {FirstPageBudgetMs} ms)");
        await Shoot(page, "01-home");
        Assert.True(firstPageMs < FirstPageBudgetMs, $"first page took {firstPageMs:F0} ms");

        await page.FillAsync("#search", "Qods");
        var suggestion = page.Locator("#suggestions li[data-key='kb:qods-force']");
        await suggestion.WaitForAsync();
        await Shoot(page, "02-typeahead");
        await suggestion.ClickAsync();
        await page.WaitForSelectorAsync("#dossier-name");
        Assert.Contains("Qods Force", await page.InnerTextAsync("#dossier-name"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".claim-group").CountAsync() > 0);
        await Shoot(page, "03-dossier");

        await page.ClickAsync("#open-network");
        await page.WaitForSelectorAsync("#graph[data-rendered]");
        var box = (await page.Locator("#graph").BoundingBoxAsync())!;
        var mid = await page.EvaluateAsync<double[]>("() => { const p = window.armstrace.cy.edges()[0].renderedMidpoint(); return [p.x, p.y]; }");
        var evidence = await page.EvaluateAsync<string>("() => window.armstrace.cy.edges()[0].id()");
        await page.Mouse.ClickAsync((float)(box.X + mid[0]), (float)(box.Y + mid[1]));
        var panel = page.Locator("#edge-panel .evidence").First;
        await panel.WaitForAsync();
        var sentence = await panel.InnerTextAsync();
        output.WriteLine($"edge {evidence}: {sentence}");
        Assert.True(sentence.Trim('“', '”', ' ').Length > 10, $"evidence shown: '{sentence}'");
        await Shoot(page, "04-network-edge");
    }

    [Fact]
    public async Task Network_OfIran_RendersWithinTwoSeconds()
    {
        var page = await NewPage();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("#view[data-ready]");
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/network/kb%3Airan").ToString());
        await page.WaitForSelectorAsync("#graph[data-rendered]");
        var ms = clock.Elapsed.TotalMilliseconds;
        var edges = await page.GetAttributeAsync("#graph", "data-edges");
        output.WriteLine($"network view of Iran ({edges} edges): {ms:F0} ms (budget {NetworkBudgetMs} ms)");
        await Shoot(page, "05-network-iran");
        Assert.True(int.Parse(edges!, System.Globalization.CultureInfo.InvariantCulture) > 10);
        Assert.True(ms < NetworkBudgetMs, $"network view took {ms:F0} ms");
    }

    [Fact]
    public async Task Network_DownloadLink_SavesTheSameClaimsAsStix()
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/network/kb%3Airan?stances=denied,alleged").ToString());
        await page.WaitForSelectorAsync("#graph[data-rendered]");
        var claims = int.Parse((await page.GetAttributeAsync("#graph", "data-claims"))!, System.Globalization.CultureInfo.InvariantCulture);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.download[data-format='stix']").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        await download.SaveAsAsync(path);
        try
        {
            using var bundle = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(path));
            var saved = bundle.RootElement.GetProperty("objects").EnumerateArray().Count(o => o.GetProperty("type").GetString() is "relationship" or "note");
            Assert.Equal(claims, saved);
            Assert.Equal("armstrace-kb-iran.stix.json", download.SuggestedFilename);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Map_ShowsCountriesPlacesAndTransfers()
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/map").ToString());
        await page.WaitForSelectorAsync("#map svg");
        Assert.True(await page.Locator("#map path.land").CountAsync() > 100);
        Assert.True(await page.Locator("#map path.transfer").CountAsync() > 0);
        Assert.True(await page.Locator("#map circle.place").CountAsync() > 0);
        await Shoot(page, "06-map");
    }

    [Fact]
    public async Task Document_HighlightsMentionsClaimsAndBoilerplate()
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/doc/19-china-entity-list.txt").ToString());
        await page.WaitForSelectorAsync("#doc-text");
        Assert.True(await page.Locator("#doc-text .mention").CountAsync() > 0);
        Assert.True(await page.Locator("#doc-text .in-claim").CountAsync() > 0);
        await Shoot(page, "07-document");
    }

    [Fact]
    public async Task Search_EnterWithoutASuggestion_ListsEntitiesDocumentsAndEvidenceWithWordsMarked()
    {
        const string text = "Smugglers moved Zanzibarite fuses by dhow. <img src=x onerror=\"window.pwned=3\"><script>window.pwned = 4</script> Eritrea supplied Zanzibarite fuses to Yemen.";
        using (var response = await server.Http.PostAsJsonAsync("/api/documents?wait=true", new { key = "zz-search-markup.txt", text, title = "<i>Fuses</i> by dhow" }))
        {
            response.EnsureSuccessStatusCode();
        }

        var page = await NewPage();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("#view[data-ready]");
        await page.FillAsync("#search", "Shahed drones");
        await page.PressAsync("#search", "Enter");

        var clock = Stopwatch.StartNew();
        await page.Locator("#result-claims li mark").First.WaitForAsync();
        output.WriteLine($"search results shown {clock.Elapsed.TotalMilliseconds:F0} ms after Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/search\\?q=Shahed%20drones$"));
        Assert.True(await page.Locator("#result-documents li").CountAsync() > 0);
        Assert.True(await page.Locator("#result-entities a[href='#/entity/kb%3Ashahed-136']").CountAsync() > 0);
        await Shoot(page, "09-search-results");

        await page.FillAsync("#search", "Zanzibarite fuses");
        await page.PressAsync("#search", "Enter");
        var hit = page.Locator("#result-documents li[data-key='zz-search-markup.txt']");
        await hit.WaitForAsync();
        await Assertions.Expect(hit.Locator("a").First).ToHaveTextAsync("<i>Fuses</i> by dhow");
        Assert.Equal(0, await page.Locator("#view img, #view script, #view i").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        await Shoot(page, "10-search-markup-as-text");
    }

    [Fact]
    public async Task Document_DeleteConfirmed_TakesItAndItsClaimsAway()
    {
        using (var response = await server.Http.PostAsJsonAsync("/api/documents?wait=true", new { key = "zz-delete-me.txt", text = "Belarus sent mortar rounds to Sudan in 2024, a monitor said.", title = "Mortars for Sudan" }))
        {
            response.EnsureSuccessStatusCode();
        }

        var page = await NewPage();
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/doc/zz-delete-me.txt").ToString());
        await page.ClickAsync("#delete-document");

        await Assertions.Expect(page.Locator("#deleted-note")).ToHaveTextAsync("Deleted zz-delete-me.txt.");
        Assert.Contains("Mortars for Sudan", Assert.Single(asked), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Http.GetAsync("/api/documents/zz-delete-me.txt")).StatusCode);
        await Shoot(page, "11-document-deleted");
    }
}
