using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ArmsTrace.Server.Tests;

/// <summary>The pages on 2,000 varied demo documents: readable under their caps, and each within its time.</summary>
/// <remarks>
/// Each time is the best of three tries on one page, from the hash change to the page's ready marker: the first
/// try pays for loading the page's script, and on a shared 2-core machine any one try can be slowed by a neighbour.
/// Between tries the page goes home, so each try renders the page from nothing.
/// </remarks>
[Collection(ServerCollection.Name)]
public sealed class VolumeBrowserTests(BrowserFixture browser, VolumeFixture volume, ITestOutputHelper output) : IClassFixture<VolumeFixture>
{
    private const double NetworkBudgetMs = 2000;
    private const double MapBudgetMs = 2000;
    private const double PathBudgetMs = 1000;
    private const double SearchBudgetMs = 300;
    private const int Tries = 3;

    private async Task<IPage> Home()
    {
        output.WriteLine($"volume fixture ({VolumeFixture.Documents} documents written, ingested, served): {volume.SetUpTime.TotalSeconds:F1} s");
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(volume.BaseAddress, "/#/").ToString());
        await page.Locator("#view[data-ready='#/']").WaitForAsync();
        return page;
    }

    private static async Task GoHome(IPage page)
    {
        await page.EvaluateAsync("() => { location.hash = '#/'; }");
        await page.Locator("#view[data-ready='#/']").WaitForAsync();
    }

    /// <summary>The best of <see cref="Tries"/> times from setting the hash to <paramref name="ready"/> inside the view rendered for it.</summary>
    private async Task<double> BestTime(IPage page, string hash, string ready)
    {
        var best = double.MaxValue;
        for (var i = 0; i < Tries; i++)
        {
            await GoHome(page);
            var clock = Stopwatch.StartNew();
            await page.EvaluateAsync("h => { location.hash = h; }", hash);
            await page.Locator($"#view[data-ready=\"{hash}\"] {ready}").First.WaitForAsync();
            var ms = clock.Elapsed.TotalMilliseconds;
            output.WriteLine($"{hash}: {ms:F0} ms");
            best = Math.Min(best, ms);
        }

        return best;
    }

    private static async Task<int> Number(IPage page, string selector, string attribute) =>
        int.Parse((await page.GetAttributeAsync(selector, attribute))!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Network_At2000Documents_DrawsAtMost150EdgesUnderTwoSeconds()
    {
        var page = await Home();
        var ms = await BestTime(page, "#/network/kb%3Airan", "#graph[data-rendered]");
        var edges = await Number(page, "#graph", "data-edges");
        var nodes = await Number(page, "#graph", "data-nodes");
        var claims = await Number(page, "#graph", "data-claims");
        output.WriteLine($"Iran at depth 1: {nodes} entities, {edges} edges for {claims} claims, best {ms:F0} ms; {await page.InnerTextAsync("#network-status")}");
        await BrowserFixture.Shoot(page, "40-network-volume", output, fullPage: false);
        Assert.True(claims >= VolumeFixture.Documents / 4, $"{claims} claims");
        Assert.InRange(edges, 1, 150);
        Assert.True(ms < NetworkBudgetMs, $"network view took {ms:F0} ms at best");

        await page.ClickAsync("#show-more");
        await Expect(page.Locator("#graph")).Not.ToHaveAttributeAsync("data-nodes", nodes.ToString(CultureInfo.InvariantCulture));
        Assert.True(await Number(page, "#graph", "data-nodes") > nodes);
        Assert.True(await Number(page, "#graph", "data-edges") >= edges);
    }

    [Fact]
    public async Task Map_At2000Documents_RendersUnderTwoSeconds()
    {
        var page = await Home();
        var ms = await BestTime(page, "#/map", "#map svg[data-rendered]");
        var routes = await page.Locator("#map path.transfer:not(.denied)").CountAsync();
        output.WriteLine($"map: {routes} routes drawn, {await page.Locator("#map circle.place").CountAsync()} places, best {ms:F0} ms (the page's own fetch and draw, last try: {await page.EvaluateAsync<double>("() => window.armstrace.mapMs"):F0} ms)");

        // Where the time goes when the budget is missed: the server's answer alone, measured the same way.
        using var http = new HttpClient { BaseAddress = volume.BaseAddress };
        var server = double.MaxValue;
        for (var i = 0; i < Tries; i++)
        {
            var clock = Stopwatch.StartNew();
            (await http.GetAsync("/api/map?limit=500")).EnsureSuccessStatusCode();
            server = Math.Min(server, clock.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"GET /api/map?limit=500: best {server:F0} ms");
        await BrowserFixture.Shoot(page, "41-map-volume", output, fullPage: false);
        Assert.True(routes > 10, $"{routes} routes");
        Assert.True(ms < MapBudgetMs, $"map took {ms:F0} ms at best");
    }

    [Fact]
    public async Task Paths_At2000Documents_ChinaToHouthisUnderOneSecond()
    {
        var page = await Home();
        var ms = await BestTime(page, "#/paths?from=China&to=Houthis", "#paths");
        var paths = await page.Locator("#paths section.path").CountAsync();
        output.WriteLine($"paths China to Houthis: {paths} shown, best {ms:F0} ms (query alone {await page.EvaluateAsync<double>("() => window.armstrace.pathMs"):F0} ms)");
        await BrowserFixture.Shoot(page, "42-paths-volume", output);
        Assert.True(paths > 0);
        Assert.Equal(0, await page.Locator("#paths .badge.stance-denied").CountAsync());
        Assert.True(ms < PathBudgetMs, $"paths took {ms:F0} ms at best");
    }

    [Fact]
    public async Task Search_At2000Documents_ShowsMarkedResultsUnder300Milliseconds()
    {
        var page = await Home();
        var best = double.MaxValue;
        for (var i = 0; i < Tries; i++)
        {
            await GoHome(page);
            await page.FillAsync("#search", "Shahed drones");
            var clock = Stopwatch.StartNew();
            await page.PressAsync("#search", "Enter");
            await page.Locator("#view[data-ready='#/search?q=Shahed%20drones'] #result-documents li mark").First.WaitForAsync();
            var ms = clock.Elapsed.TotalMilliseconds;
            output.WriteLine($"search: {ms:F0} ms");
            best = Math.Min(best, ms);
        }

        var heading = await page.Locator("#result-documents").Locator("xpath=..").Locator("h2").InnerTextAsync();
        output.WriteLine($"search 'Shahed drones': {heading}, best {best:F0} ms");
        await BrowserFixture.Shoot(page, "43-search-volume", output, fullPage: false);
        Assert.True(await page.Locator("#result-documents li").CountAsync() >= 10);
        Assert.True(best < SearchBudgetMs, $"search took {best:F0} ms at best");
    }

    [Fact]
    public async Task Dossier_At2000Documents_ShowsAPageOfIransClaims()
    {
        var page = await Home();
        var ms = await BestTime(page, "#/entity/kb%3Airan", "#dossier-count");
        output.WriteLine($"dossier of Iran: {await page.InnerTextAsync("#dossier-count")}, best {ms:F0} ms");
        await BrowserFixture.Shoot(page, "44-dossier-volume", output, fullPage: false);
        Assert.True(await page.Locator(".claim-group .claim").CountAsync() > 0);
    }
}
