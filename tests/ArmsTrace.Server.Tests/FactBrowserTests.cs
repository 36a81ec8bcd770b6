using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArmsTrace.Server.Tests;

/// <summary>The stance timeline behind a network edge, the as-of slider and the disputed list, in the browser.</summary>
[Collection(ServerCollection.Name)]
public sealed class FactBrowserTests(ServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private Task<IPage> NewPage() => browser.NewPage();

    private Task Shoot(IPage page, string name) => BrowserFixture.Shoot(page, name, output);

    [Fact]
    public async Task Network_TappingAnEdge_ShowsTheFactsStanceTimeline()
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/network/kb%3Arussia").ToString());
        await page.WaitForSelectorAsync("#graph[data-rendered]");
        await page.EvaluateAsync("() => window.armstrace.cy.edges().filter(e => e.data('source') === 'kb:iran' && e.data('target') === 'kb:russia' && e.data('type') === 'supply')[0].emit('tap')");
        await page.WaitForSelectorAsync("#edge-timeline[data-ready]");
        var stances = await page.Locator("#edge-timeline li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.stance)");
        Assert.True(stances.Length >= 3, string.Join(", ", stances));
        Assert.Contains("denied", stances);
        Assert.Contains("confirmed", stances);
        Assert.Contains("independent source", await page.InnerTextAsync("#edge-panel .fact-counts"), StringComparison.Ordinal);
        await Shoot(page, "09-edge-timeline");
    }

    [Fact]
    public async Task Network_AsOfSlider_RedrawsTheGraphAsKnownThen()
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/network/kb%3Airan").ToString());
        await page.WaitForSelectorAsync("#graph[data-rendered]");
        var today = int.Parse((await page.GetAttributeAsync("#graph", "data-edges"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("as known today", await page.InnerTextAsync("#as-of-label"));

        // Month 38 after September 2019 is the end of November 2022.
        await page.Locator("#as-of").FillAsync("38");
        await page.WaitForSelectorAsync("#view[data-ready*='asOf=2022-11'] #graph[data-rendered]");
        var then = int.Parse((await page.GetAttributeAsync("#graph", "data-edges"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(then, 1, today - 1);
        Assert.Equal("as known at the end of 2022-11", await page.InnerTextAsync("#as-of-label"));
        await Shoot(page, "10-network-as-of");
    }

    [Fact]
    public async Task Disputes_Page_ListsEachSideInDateOrder()
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/disputes").ToString());
        await page.WaitForSelectorAsync("#view[data-ready]");
        var fact = page.Locator("section.dispute[data-fact='kb:iran|supply|kb:russia']");
        Assert.Equal(1, await fact.CountAsync());
        Assert.Equal(["affirmed", "denied"], await fact.Locator(".side").EvaluateAllAsync<string[]>("sides => sides.map(s => s.dataset.side)"));
        foreach (var side in await fact.Locator(".side").AllAsync())
        {
            var dates = await side.Locator("li").EvaluateAllAsync<string[]>("items => items.map(i => /\\d{4}-\\d{2}-\\d{2}/.exec(i.textContent)[0])");
            Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        }

        await Shoot(page, "11-disputes");
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/disputes?asOf=2022-09").ToString());
        await page.WaitForSelectorAsync("#view[data-ready='#/disputes?asOf=2022-09']");
        Assert.Equal(0, await page.Locator("section.dispute[data-fact='kb:iran|supply|kb:russia']").CountAsync());
    }
}
