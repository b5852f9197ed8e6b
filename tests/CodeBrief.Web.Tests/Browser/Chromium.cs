using Microsoft.Playwright;

namespace CodeBrief.Web.Tests.Browser;

/// <summary>
/// Launches Debian's chromium by path through Playwright (never a downloaded browser). When chromium is missing the
/// tests fail with the install command, unless <c>CODEBRIEF_SKIP_BROWSER=1</c> says to skip them on purpose.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>True when the browser tests were turned off on purpose.</summary>
    public static bool Skipped => Environment.GetEnvironmentVariable("CODEBRIEF_SKIP_BROWSER") == "1";

    /// <summary>Where screenshots go (a test artefact): CODEBRIEF_SCREENSHOTS, else TestResults/screenshots beside the test binary.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("CODEBRIEF_SCREENSHOTS") is { Length: > 0 } env
                ? env
                : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Browser tests need Debian's chromium at {ExecutablePath}: run `apt-get install -y chromium` "
                + "(or set CODEBRIEF_SKIP_BROWSER=1 to skip these tests on purpose).");
        // The driver must never fetch a browser; it runs the node driver shipped in the Microsoft.Playwright package.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Waits until the page's path and query end with <paramref name="pathAndQuery"/> and the document has loaded.</summary>
    /// <remarks>Polls <c>location</c> and <c>document.readyState</c> in the page instead of <c>WaitForURLAsync</c>, whose wait for
    /// Playwright's "load" lifecycle event timed out now and then on a busy machine (its log showed "networkidle" but never "load").</remarks>
    public static Task WaitForPageAsync(IPage page, string pathAndQuery) =>
        page.WaitForFunctionAsync("end => (location.pathname + location.search).endsWith(end) && document.readyState === 'complete'", pathAndQuery);

    /// <summary>Collects console errors (including Content-Security-Policy violations) of a page.</summary>
    public static List<string> WatchErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
