using System.Runtime.CompilerServices;
using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.Reading;

/// <summary>Opens a page of a reading site at a given width, colour scheme and pointer (mouse or touch), and waits for its math.</summary>
internal static class ReadingPages
{
    public const int Phone = 375, Desktop = 1280;

    public static async Task WithPageAsync(Chromium chromium, string url, int width, Func<BrowserSession, Task> check,
        ColorScheme scheme = ColorScheme.Light, bool touch = false, [CallerMemberName] string test = "")
    {
        if (chromium.Browser is null) throw new InvalidOperationException(Chromium.MissingMessage);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            HasTouch = touch,
            IsMobile = touch,
        });
        var session = new BrowserSession(await context.NewPageAsync());
        try
        {
            await session.GotoAsync(url);
            if (await session.Page.EvaluateAsync<bool>("() => !!document.querySelector('script[src*=\"tex-chtml\"]')"))
                await session.Page.WaitForTypesetAsync(session.Console);
            await session.Page.WaitForFunctionAsync("() => document.documentElement.dataset.mathFit === 'ready'");
            await check(session);
        }
        catch
        {
            await session.ScreenshotAsync($"{test}_{width}_{scheme}{(touch ? "_touch" : "")}");
            throw;
        }
    }
}
