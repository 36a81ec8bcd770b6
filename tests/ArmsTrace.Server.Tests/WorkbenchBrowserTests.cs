using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ArmsTrace.Server.Tests;

/// <summary>The analyst's workbench in the browser: the network's edges, legends, filters and expansion, the paths page, the map and the dossier's filters.</summary>
[Collection(ServerCollection.Name)]
public sealed class WorkbenchBrowserTests(ServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private Task Shoot(IPage page, string name) => BrowserFixture.Shoot(page, name, output);

    private async Task<IPage> Open(string hash, string ready)
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/" + hash).ToString());
        await page.Locator(ready).First.WaitForAsync();
        return page;
    }

    private static async Task<int> Count(IPage page, string script) => await page.EvaluateAsync<int>(script);

    [Fact]
    public async Task Network_PairWithDenialAndConfirmation_IsDrawnDisputed()
    {
        var page = await Open("#/network/kb%3Arussia", "#graph[data-rendered]");
        var edge = await page.EvaluateAsync<EdgeLook>(
            "() => { const e = window.armstrace.cy.getElementById('kb:iran|supply|kb:russia'); return { disputed: e.data('disputed'), color: e.data('color'), label: e.data('label'), claims: e.data('claims') }; }");
        Assert.Equal(1, edge.Disputed);
        Assert.Equal("#111111", edge.Color);
        Assert.Contains("disputed", edge.Label, StringComparison.Ordinal);
        Assert.True(edge.Claims > 1);

        // One edge per pair and type, however many claims join them.
        var duplicates = await Count(page, "() => { const seen = new Set(); let d = 0; window.armstrace.cy.edges().forEach(e => { const k = e.data('source') + '|' + e.data('type') + '|' + e.data('target'); if (seen.has(k)) d++; seen.add(k); }); return d; }");
        Assert.Equal(0, duplicates);
        await Expect(page.Locator("#legend-colours [data-type=disputed]")).ToBeVisibleAsync();
        await Expect(page.Locator("#legend-shapes [data-entity=weapon]")).ToHaveAttributeAsync("data-shape", "diamond");
        var weaponColour = await page.EvaluateAsync<string>("() => { const n = window.armstrace.cy.nodes('[type = \"weapon\"]'); return n.length ? n[0].data('color') : '#6d4c41'; }");
        Assert.NotEqual("#d62728", weaponColour);
        await Shoot(page, "30-network-disputed");
    }

    [Fact]
    public async Task Network_TypeFilter_DrawsOnlyThatType()
    {
        var page = await Open("#/network/kb%3Airan", "#graph[data-rendered]");
        await page.Locator("#type-filters input[value=supply]").CheckAsync();
        await page.ClickAsync("#apply-filters");
        await page.Locator("#view[data-ready*='types=supply'] #graph[data-rendered]").WaitForAsync();
        var types = await page.EvaluateAsync<string[]>("() => window.armstrace.cy.edges().map(e => e.data('type'))");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("supply", t));
    }

    [Fact]
    public async Task Network_BadDate_ShowsAMessageInsteadOfAnEmptyGraph()
    {
        var page = await Open("#/network/kb%3Airan", "#graph[data-rendered]");
        var before = await page.GetAttributeAsync("#graph", "data-edges");
        await page.FillAsync("#f-from", "2023-13");
        await page.ClickAsync("#apply-filters");
        await Expect(page.Locator("#date-error")).ToContainTextAsync("not a date");
        Assert.Equal(before, await page.GetAttributeAsync("#graph", "data-edges"));

        var typed = await Open("#/network/kb%3Airan?from=2023-02-30", "#view[data-ready]");
        await Expect(typed.Locator("#date-error")).ToContainTextAsync("not a date");
        await Expect(typed.Locator("#f-from")).ToHaveValueAsync("2023-02-30");
    }

    [Fact]
    public async Task Network_ClickingANode_ExpandsItInPlaceAndHidingRemovesIt()
    {
        var page = await Open("#/network/kb%3Ahouthis", "#graph[data-rendered]");
        var hash = await page.EvaluateAsync<string>("() => location.hash");
        var before = await Count(page, "() => window.armstrace.cy.nodes().length");
        var target = await page.EvaluateAsync<string>("() => window.armstrace.cy.nodes().filter(n => n.data('centre') !== 1).sort((a, b) => b.degree() - a.degree())[0].id()");
        await page.EvaluateAsync("key => window.armstrace.cy.getElementById(key).emit('tap')", target);
        await page.Locator($"#graph[data-expanded~='{target}']").WaitForAsync();
        Assert.Equal(hash, await page.EvaluateAsync<string>("() => location.hash"));
        var after = await Count(page, "() => window.armstrace.cy.nodes().length");
        output.WriteLine($"expanding {target}: {before} -> {after} entities");
        Assert.True(after > before, $"expanding {target} drew {after} entities, {before} before");
        await Expect(page.Locator("#node-dossier")).ToHaveAttributeAsync("href", "#/entity/" + Uri.EscapeDataString(target));
        await Shoot(page, "31-network-expanded");

        await page.ClickAsync("#hide-node");
        await Expect(page.Locator("#show-hidden")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("key => window.armstrace.cy.getElementById(key).length", target));
    }

    [Fact]
    public async Task Network_ClickingAnEdge_ListsEachOfItsClaimsWithEvidence()
    {
        var page = await Open("#/network/kb%3Arussia", "#graph[data-rendered]");
        var claims = await Count(page, "() => { const e = window.armstrace.cy.getElementById('kb:iran|supply|kb:russia'); e.emit('tap'); return e.data('claims'); }");
        await page.Locator("#edge-claims[data-ready]").WaitForAsync();
        await Expect(page.Locator("#edge-claims .claim")).ToHaveCountAsync(claims);
        await Expect(page.Locator("#edge-disputed")).ToBeVisibleAsync();
        Assert.All(await page.Locator("#edge-claims .claim .evidence").AllInnerTextsAsync(), e => Assert.True(e.Trim('“', '”', ' ').Length > 10, e));
    }

    [Fact]
    public async Task Paths_ChinaToHouthis_ListsEachHopWithItsEvidenceAndNoDenial()
    {
        var page = await Open("#/paths?from=China&to=Houthis", "#paths");
        var paths = page.Locator("section.path");
        Assert.True(await paths.CountAsync() > 0);
        await Expect(paths.First.Locator(".chain")).ToContainTextAsync("Iran");
        foreach (var hop in await paths.First.Locator(".hop").AllAsync())
        {
            Assert.True(await hop.Locator(".claim .evidence").CountAsync() > 0);
        }

        Assert.Equal(0, await page.Locator("#paths .badge.stance-denied").CountAsync());
        var ms = await page.EvaluateAsync<double>("() => window.armstrace.pathMs");
        output.WriteLine($"path query and drawing: {ms:F0} ms");
        Assert.True(ms < 1000, $"paths took {ms:F0} ms");
        await Shoot(page, "32-paths");

        await page.Locator("#path-denied").CheckAsync();
        await page.ClickAsync("#path-find");
        await page.Locator("#view[data-ready*='includeDenied=true'] #paths").WaitForAsync();
    }

    [Fact]
    public async Task Map_DenialIsNoRoute_UntilShown_AndARouteClickListsItsClaims()
    {
        var page = await Open("#/map", "#map svg[data-rendered]");
        var denied = page.Locator("#map path.transfer.denied");
        Assert.True(await denied.CountAsync() > 0);
        foreach (var d in await denied.AllAsync())
        {
            await Expect(d).ToBeHiddenAsync();
        }

        Assert.True(await page.Locator("#map path.transfer:not(.denied)[marker-end='url(#arrow)']").CountAsync() > 0);
        await page.Locator("#map-denied").CheckAsync();
        await Expect(denied.First).ToBeVisibleAsync();

        await page.Locator("#map path.transfer:not(.denied)").First.DispatchEventAsync("click");
        await page.Locator("#map-claims[data-ready]").WaitForAsync();
        Assert.True(await page.Locator("#map-claims .claim .evidence").CountAsync() > 0);
        Assert.Equal(0, await page.Locator("#map-claims .badge.stance-denied").CountAsync());

        await page.Locator("#map circle.place").First.DispatchEventAsync("click");
        await page.Locator("#map-claims[data-ready]").WaitForAsync();
        await Expect(page.Locator("#map-legend")).ToContainTextAsync("denied");
        await Shoot(page, "33-map");
    }

    [Fact]
    public async Task Map_ZoomsAndLeavesNoVisibleLabelsOverlapping()
    {
        var page = await Open("#/map", "#map svg[data-rendered]");
        const string overlaps = """
            () => {
              const boxes = [...document.querySelectorAll('#map text:not(.hidden-label)')].map(t => t.getBoundingClientRect()).filter(b => b.width > 0);
              let n = 0;
              for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i], b = boxes[j];
                if (a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2) n++;
              }
              return n;
            }
            """;
        Assert.Equal(0, await Count(page, overlaps));
        var hiddenAtFirst = await page.Locator("#map text.hidden-label").CountAsync();
        var box = (await page.Locator("#map svg").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.6f), box.Y + (box.Height * 0.4f));
        for (var i = 0; i < 5; i++)
        {
            await page.Mouse.WheelAsync(0, -300);
        }

        await Expect(page.Locator("#map svg")).Not.ToHaveAttributeAsync("data-zoom", "1.00");
        Assert.True(double.Parse((await page.GetAttributeAsync("#map svg", "data-zoom"))!, CultureInfo.InvariantCulture) > 1);
        Assert.Equal(0, await Count(page, overlaps));
        output.WriteLine($"labels hidden to avoid overlap: {hiddenAtFirst} at first, {await page.Locator("#map text.hidden-label").CountAsync()} zoomed in");
        await Shoot(page, "34-map-zoomed");
    }

    [Fact]
    public async Task Dossier_StanceFilterAndGrouping_ShowOnlyMatchingClaimsAndExportThem()
    {
        var page = await Open("#/entity/kb%3Airan", "#dossier-filters");
        await page.SelectOptionAsync("#d-stance", "denied");
        await page.SelectOptionAsync("#d-group", "source");
        await page.ClickAsync("#d-apply");
        await page.Locator("#view[data-ready*='stance=denied'] #dossier-count").WaitForAsync();
        var badges = await page.Locator(".claim-group .claim .badge[title=stance]").AllInnerTextsAsync();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("denied", b));
        Assert.True(await page.Locator(".claim-group[data-group]").CountAsync() > 0);
        var href = await page.GetAttributeAsync("#dossier-export a.download[data-format=csv-claims]", "href");
        Assert.Contains("involving=kb%3Airan", href, StringComparison.Ordinal);
        Assert.Contains("stances=denied", href, StringComparison.Ordinal);
        await Shoot(page, "35-dossier-filtered");

        await page.FillAsync("#d-from", "2022-00");
        await page.ClickAsync("#d-apply");
        await Expect(page.Locator("#dossier-date-error")).ToContainTextAsync("not a date");
    }

    /// <summary>What the test reads of one drawn edge; settable, as Playwright fills it from the page's answer.</summary>
    [SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Playwright builds it from the page's answer.")]
    private sealed class EdgeLook
    {
        public int Disputed { get; set; }

        public string Color { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;

        public int Claims { get; set; }
    }
}
