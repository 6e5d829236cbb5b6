using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Blog.Tests.Support;

/// <summary>
/// Debian's Chromium driven through Playwright, launched once for every browser test (an xunit
/// collection fixture). No browser download is possible here, so we point Playwright at
/// /usr/bin/chromium; Playwright's own driver (node + package) ships inside the NuGet package.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Debian's Chromium; CHROMIUM_PATH overrides it (also to check the missing-browser path).</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI must run the browser tests; a developer machine without Chromium may skip them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!IsInstalled)
        {
            // BrowserFact skips the tests outside CI; on CI they must fail, loudly, here.
            if (IsCi) throw new InvalidOperationException(MissingMessage);
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null) return;
        await Browser.CloseAsync();
        _playwright.Dispose();
    }

    public static string MissingMessage =>
        $"Chromium not found at {ExecutablePath}. Browser tests need Debian's Chromium: `apt-get install -y chromium`" +
        (IsCi ? " (CI=true: browser tests must run, not skip)." : ". Skipped because CI is not true.");

    /// <summary>
    /// Opens <paramref name="url"/> in a fresh browser context, records console errors, page
    /// errors, failed requests and every requested URL, and runs <paramref name="check"/> on it.
    /// When the check throws, a screenshot is kept as TestResults/screenshots/&lt;test&gt;.png
    /// (beside Blog.sln) before the exception goes on to fail the test.
    /// </summary>
    public async Task WithPageAsync(string url, Func<BrowserSession, Task> check,
        ColorScheme colorScheme = ColorScheme.Light, [CallerMemberName] string test = "")
    {
        if (Browser is null) throw new InvalidOperationException(MissingMessage);
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = colorScheme });
        var session = new BrowserSession(await context.NewPageAsync());
        try
        {
            await session.GotoAsync(url);
            await check(session);
        }
        catch
        {
            await session.ScreenshotAsync(test);
            throw;
        }
    }
}

public static class ChromiumContent
{
    /// <summary>
    /// Like <see cref="Chromium.WithPageAsync"/> for a page made of <paramref name="html"/> (no server):
    /// a screenshot is kept as TestResults/screenshots/&lt;test&gt;.png when the check throws.
    /// </summary>
    public static async Task WithHtmlAsync(this Chromium chromium, string html, Func<BrowserSession, Task> check,
        ColorScheme colorScheme = ColorScheme.Light, [CallerMemberName] string test = "")
    {
        if (chromium.Browser is null) throw new InvalidOperationException(Chromium.MissingMessage);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = colorScheme });
        var session = new BrowserSession(await context.NewPageAsync());
        try
        {
            await session.Page.SetContentAsync(html);
            await session.Page.EvaluateAsync("() => document.fonts.ready");
            await check(session);
        }
        catch
        {
            await session.ScreenshotAsync(test);
            throw;
        }
    }
}

/// <summary>One page in its own browser context, with everything that went wrong on it.</summary>
public sealed class BrowserSession
{
    public IPage Page { get; }
    public ConcurrentQueue<string> ConsoleErrors { get; } = new();
    public ConcurrentQueue<string> PageErrors { get; } = new();
    public ConcurrentQueue<string> FailedRequests { get; } = new();
    public ConcurrentQueue<string> Requests { get; } = new();
    /// <summary>Every console message, "type: text": MathJax reports some startup failures only with console.log.</summary>
    public ConcurrentQueue<string> Console { get; } = new();

    internal BrowserSession(IPage page)
    {
        Page = page;
        // Playwright's own 30 s default failed tests on a loaded CI machine; waits end on their events (SafetyNet).
        page.SetDefaultTimeout(SafetyNet.Milliseconds);
        page.SetDefaultNavigationTimeout(SafetyNet.Milliseconds);
        page.Console += (_, m) =>
        {
            Console.Enqueue($"{m.Type}: {m.Text}");
            if (m.Type == "error") ConsoleErrors.Enqueue($"{m.Text} ({m.Location})");
        };
        page.PageError += (_, e) => PageErrors.Enqueue(e);
        page.RequestFailed += (_, r) => FailedRequests.Enqueue($"{r.Url}: {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) FailedRequests.Enqueue($"{r.Url}: HTTP {r.Status}"); };
        page.Request += (_, r) => Requests.Enqueue(r.Url);
    }

    public async Task GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok) throw new InvalidOperationException($"{url} answered {response?.Status}");
    }

    /// <summary>Every error collected so far, one per line; empty when the page is clean.</summary>
    public IReadOnlyList<string> Errors =>
        [.. ConsoleErrors.Select(e => "console: " + e), .. PageErrors.Select(e => "page: " + e), .. FailedRequests.Select(e => "request: " + e)];

    /// <summary>Fails with the whole list, one error per line (Assert.Empty would cut the messages short).</summary>
    public void AssertNoErrors() => Assert.True(Errors.Count == 0, $"{Page.Url}:\n" + string.Join("\n", Errors));

    internal async Task ScreenshotAsync(string test)
    {
        try
        {
            var folder = Path.Combine(TestSite.RepoRoot, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var name = string.Concat(test.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
        catch (PlaywrightException) { /* the page may be gone; the assertion message is what matters */ }
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}

/// <summary>
/// A fact that needs Chromium. xunit 2 has no dynamic skip, so the attribute decides when the
/// test is discovered: without Chromium it is skipped with the install hint, unless CI=true, where
/// it runs and fails loudly in the fixture.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi) Skip = Chromium.MissingMessage;
    }
}

/// <summary>A theory that needs Chromium: skipped or failing like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi) Skip = Chromium.MissingMessage;
    }
}
