using Microsoft.Playwright;

namespace Exposure.Reports.Html.Tests.Browser;

/// <summary>
/// The system's Chromium, driven by Playwright (which cannot download browsers here): <c>/usr/bin/chromium</c>, or the
/// path in <c>EXPOSURE_CHROMIUM</c>. Where it is missing the browser tests skip and say why, unless
/// <c>EXPOSURE_REQUIRE_BROWSER=1</c> (set by CI), which makes a missing browser a failure.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("EXPOSURE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("EXPOSURE_REQUIRE_BROWSER") == "1";

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    /// <summary>Why there is no browser, or null.</summary>
    public string? Missing { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Missing = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium, or set EXPOSURE_CHROMIUM): the browser tests did not run.";
            return;
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>Skips the calling test when there is no browser, or fails it when CI requires one.</summary>
    public IBrowser Require()
    {
        if (Missing is not null)
        {
            if (Required) throw new InvalidOperationException(Missing + " EXPOSURE_REQUIRE_BROWSER=1 requires them.");
            Skip.If(true, Missing);
        }

        return Browser!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
    }
}
