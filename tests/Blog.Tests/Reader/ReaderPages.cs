using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.Reader;

/// <summary>Opens pages of a reader site in their own browser context, with clipboard access and optional set-up (routes, init scripts).</summary>
internal static class ReaderPages
{
    public static async Task WithPageAsync(Chromium chromium, string url, Func<BrowserSession, IBrowserContext, Task> check,
        Func<IBrowserContext, Task>? setup = null, ColorScheme scheme = ColorScheme.Light, [CallerMemberName] string test = "")
    {
        if (chromium.Browser is null) throw new InvalidOperationException(Chromium.MissingMessage);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        if (setup is not null) await setup(context);
        var session = new BrowserSession(await context.NewPageAsync());
        try
        {
            await session.GotoAsync(url);
            await check(session, context);
        }
        catch
        {
            await session.ScreenshotAsync(test);
            throw;
        }
    }

    /// <summary>
    /// Evaluates a script returning an object or array and reads it as <typeparamref name="T"/>: through
    /// JSON.stringify, since Playwright's own conversion cannot build records.
    /// </summary>
    public static async Task<T> EvaluateJsonAsync<T>(IPage page, string script)
    {
        var json = await page.EvaluateAsync<string>($"async () => JSON.stringify(await ({script})())");
        return System.Text.Json.JsonSerializer.Deserialize<T>(json, new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>Relative luminance-like brightness of a CSS rgb() colour, 0 (black) to 1 (white).</summary>
    public static double Luminance(string rgb)
    {
        var c = Regex.Matches(rgb, @"[\d.]+").Take(3).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) / 255.0).ToArray();
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /// <summary>Waits until the page's copy-TeX script has added its buttons (after MathJax, in client mode).</summary>
    public static Task CopyTexReadyAsync(IPage page) => page.WaitForFunctionAsync("() => document.documentElement.dataset.copyTex === 'ready'");

    /// <summary>Selects <paramref name="script"/>'s range, presses Ctrl+C as a reader would, and returns the clipboard's text.</summary>
    public static async Task<string> CopySelectionAsync(IPage page, string script)
    {
        await page.EvaluateAsync("() => navigator.clipboard.writeText('')");
        await page.EvaluateAsync(script);
        await page.Keyboard.PressAsync("Control+C");
        return await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }
}
