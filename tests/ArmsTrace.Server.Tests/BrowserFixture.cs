using Microsoft.Playwright;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// Debian's chromium driven by Playwright. Missing chromium fails every browser test with the
/// install command rather than skipping them.
/// </summary>
/// <remarks>
/// Tests wait with selectors and locator assertions, never <c>WaitForFunctionAsync</c>: once its
/// predicate is not true at the first look, Playwright polls it with <c>eval</c> in the page, which
/// the server's Content-Security-Policy refuses, so such a wait failed only when the machine was slow.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("ARMSTRACE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Browser tests need chromium at {ExecutablePath} (Debian: apt-get install -y chromium; or set ARMSTRACE_CHROMIUM).");

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>A page in a fresh context (no cookies, no storage) of the size the screenshots are read at.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Writes the page to screenshots/NAME.png (the whole page, or what the window shows) and says where.</summary>
    public static async Task Shoot(IPage page, string name, Xunit.Abstractions.ITestOutputHelper output, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        output.WriteLine($"screenshot: {path}");
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
