using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ArmsTrace.Server.Tests;

/// <summary>The network of a hub in a generated graph of 300 reports stays a readable drawing under its caps.</summary>
[Collection(ServerCollection.Name)]
public sealed class VolumeBrowserTests(BrowserFixture browser, VolumeFixture volume, ITestOutputHelper output) : IClassFixture<VolumeFixture>
{
    private const double NetworkBudgetMs = 2000;

    [Fact]
    public async Task Network_OfAHubAtVolume_DrawsAggregatedEdgesUnderTheCapAndShowsMore()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(volume.BaseAddress.ToString());
        await page.Locator("#view[data-ready]").WaitForAsync();
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(volume.BaseAddress, "/#/network/kb%3Airan").ToString());
        await page.Locator("#graph[data-rendered]").WaitForAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        var edges = int.Parse((await page.GetAttributeAsync("#graph", "data-edges"))!, CultureInfo.InvariantCulture);
        var nodes = int.Parse((await page.GetAttributeAsync("#graph", "data-nodes"))!, CultureInfo.InvariantCulture);
        var claims = int.Parse((await page.GetAttributeAsync("#graph", "data-claims"))!, CultureInfo.InvariantCulture);
        output.WriteLine($"Iran at volume: {nodes} entities, {edges} edges for {claims} claims in {ms:F0} ms; {await page.InnerTextAsync("#network-status")}");
        await BrowserFixture.Shoot(page, "40-network-volume", output, fullPage: false);
        Assert.True(claims >= VolumeFixture.Documents, $"{claims} claims");
        Assert.InRange(edges, 1, 150);
        Assert.InRange(nodes, 2, 41);
        Assert.True(ms < NetworkBudgetMs, $"network view took {ms:F0} ms");

        await page.ClickAsync("#show-more");
        await Expect(page.Locator("#graph")).Not.ToHaveAttributeAsync("data-nodes", nodes.ToString(CultureInfo.InvariantCulture));
        Assert.True(int.Parse((await page.GetAttributeAsync("#graph", "data-nodes"))!, CultureInfo.InvariantCulture) > nodes);
        Assert.InRange(int.Parse((await page.GetAttributeAsync("#graph", "data-edges"))!, CultureInfo.InvariantCulture), edges, 300);
    }
}
