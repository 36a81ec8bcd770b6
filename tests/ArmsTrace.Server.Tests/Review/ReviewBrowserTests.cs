using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArmsTrace.Server.Tests.Review;

[Collection(ServerCollection.Name)]
public sealed class ReviewBrowserTests(ServerFixture shared, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task ReviewPage_TenClaimsByKeyboardOnly_NetworkReflectsThemAtOnce()
    {
        await using var server = await PrivateServer.Of(shared);
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/review").ToString());
        await page.WaitForSelectorAsync("#review-list .review-item.current");
        await Shoot(page, "20-review-queue");

        // Accept and reject in turn; the fifth is an edit typed into the form the e key opens.
        string[] keys = ["a", "r", "a", "r", "e", "a", "r", "j", "k", "a", "r", "a"];
        var judged = 0;
        foreach (var key in keys)
        {
            await page.Keyboard.PressAsync(key);
            if (key == "e")
            {
                await page.WaitForSelectorAsync(".review-edit input[name='stance']");
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.TypeAsync("alleged");
                await page.Keyboard.PressAsync("Enter");
            }

            if (key is "a" or "r" or "e")
            {
                await page.Locator(".review-item[data-verdict]").Nth(judged++).WaitForAsync();
            }
        }

        await Microsoft.Playwright.Assertions.Expect(page.Locator(".review-item[data-verdict]")).ToHaveCountAsync(10);
        await Shoot(page, "21-review-judged");
        var judgements = await server.Http.GetFromJsonAsync<JsonElement>("/api/judgements?limit=50");
        Assert.Equal(10, judgements.GetArrayLength());
        Assert.All(judgements.EnumerateArray(), j => Assert.Equal(Environment.UserName, j.GetProperty("decidedBy").GetString()));
        Assert.Equal(["accept", "edit", "reject"], judgements.EnumerateArray().Select(j => j.GetProperty("action").GetString()!).Distinct().Order(StringComparer.Ordinal));

        var rejected = await page.EvalOnSelectorAsync<string[]>("#review-list", "l => [...l.querySelectorAll('.review-item[data-verdict=reject]')].map(r => r.dataset.claim)");
        var href = await page.GetAttributeAsync($".review-item[data-claim='{rejected[0]}'] .claim .head strong a", "href");
        var subject = Uri.UnescapeDataString(href!.Replace("#/entity/", string.Empty, StringComparison.Ordinal));
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/network/" + Uri.EscapeDataString(subject)).ToString());
        await page.WaitForSelectorAsync("#graph[data-rendered]");
        var shown = long.Parse((await page.GetAttributeAsync("#graph", "data-claims"))!, System.Globalization.CultureInfo.InvariantCulture);
        var path = $"/api/graph/neighbourhood/{Uri.EscapeDataString(subject)}";
        var reviewed = (await server.Http.GetFromJsonAsync<JsonElement>(path)).GetProperty("claimsTotal").GetInt64();
        var raw = (await server.Http.GetFromJsonAsync<JsonElement>(path + "?raw=true")).GetProperty("claimsTotal").GetInt64();
        output.WriteLine($"rejected claims {string.Join(", ", rejected)}; network of {subject} draws {shown} claims, {raw} unreviewed");
        Assert.Equal(reviewed, shown);
        Assert.True(shown < raw, $"the network of {subject} still counts a rejected claim");
    }

    private Task Shoot(IPage page, string name) => BrowserFixture.Shoot(page, name, output, fullPage: false);
}
