using Microsoft.Playwright;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// Debian's chromium driven by Playwright. Missing chromium fails every browser test with the
/// install command rather than skipping them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("ARMSTRACE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Browser tests need chromium at {ExecutablePath} (Debian: apt-get install -y chromium; or set ARMSTRACE_CHROMIUM).");

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

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
