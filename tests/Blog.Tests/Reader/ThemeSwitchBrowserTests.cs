using Blog.Tests.Support;
using Microsoft.Playwright;
using static Blog.Tests.Reader.ReaderPages;

namespace Blog.Tests.Reader;

/// <summary>
/// The dark-mode switch in Chromium: a choice survives a reload and is painted first (no flash of
/// light), and math, figures, highlighted code, callout colours and the magic cube follow the
/// switch, not only the system setting.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ThemeSwitchBrowserTests(Chromium chromium, BuildModeReaderSite fixture) : IClassFixture<BuildModeReaderSite>
{
    // Runs before any script of the page: records the theme and background at the moment <body>
    // first exists (before anything is painted) and again at DOMContentLoaded.
    private const string FirstPaintProbe = """
        (() => {
          const record = name => {
            if (window[name] || !document.body) return false;
            window[name] = { theme: document.documentElement.getAttribute('data-theme'), background: getComputedStyle(document.body).backgroundColor };
            return true;
          };
          new MutationObserver((_, observer) => { if (record('__atBody')) observer.disconnect(); }).observe(document, { childList: true, subtree: true });
          document.addEventListener('DOMContentLoaded', () => record('__atReady'));
        })();
        """;

    private sealed record Probe(string Theme, string Background);

    [BrowserFact]
    public async Task A_dark_choice_survives_a_reload_and_the_first_paint_is_dark()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, context) =>
        {
            var page = session.Page;
            Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme")); // the system's (emulated light)
            Assert.Equal("true", await page.GetAttributeAsync("[data-theme-choice=system]", "aria-pressed"));
            await page.ClickAsync("[data-theme-choice=dark]");
            Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
            Assert.Equal("dark", await page.EvaluateAsync<string>("() => localStorage.getItem('math-blog-theme')"));

            await context.AddInitScriptAsync(FirstPaintProbe);
            await page.ReloadAsync();
            var atBody = await EvaluateJsonAsync<Probe>(page, "() => window.__atBody");
            var atReady = await EvaluateJsonAsync<Probe>(page, "() => window.__atReady");
            Assert.Equal("dark", atBody.Theme);
            Assert.True(Luminance(atBody.Background) < 0.2, $"background when <body> appeared: {atBody.Background}");
            Assert.Equal(atBody.Background, atReady.Background);
            Assert.Equal("true", await page.GetAttributeAsync("[data-theme-choice=dark]", "aria-pressed"));
            Assert.Equal("false", await page.GetAttributeAsync("[data-theme-choice=system]", "aria-pressed"));

            // Back to the system's setting: forgotten, and light again under a light system.
            await page.ClickAsync("[data-theme-choice=system]");
            Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('math-blog-theme')"));
            Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task With_the_system_choice_the_page_follows_the_system_and_a_light_choice_overrides_a_dark_system()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            var page = session.Page;
            Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.theme === 'light'");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.theme === 'dark'");
            await page.ClickAsync("[data-theme-choice=light]");
            Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
            Assert.True(Luminance(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")) > 0.8);
            session.AssertNoErrors();
        }, scheme: ColorScheme.Dark);
    }

    [BrowserFact]
    public async Task A_page_with_storage_blocked_still_switches_without_errors()
    {
        fixture.AssertReady();
        const string blockStorage = "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });";
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            Assert.Equal("light", await session.Page.GetAttributeAsync("html", "data-theme"));
            await session.Page.ClickAsync("[data-theme-choice=dark]");
            Assert.Equal("dark", await session.Page.GetAttributeAsync("html", "data-theme"));
            session.AssertNoErrors();
        }, setup: c => c.AddInitScriptAsync(blockStorage));
    }

    /// <summary>Computed colours of the things that must follow the switch.</summary>
    private const string Colours = """
        () => {
          // A callout box as the fenced-div extension writes it.
          const probe = document.createElement('div');
          probe.className = 'callout callout-warning';
          probe.innerHTML = '<span class="callout-header">警告</span><div class="callout-body">x</div>';
          document.querySelector('.post-body').append(probe);
          const colours = {
            text: getComputedStyle(document.body).color,
            background: getComputedStyle(document.body).backgroundColor,
            inlineMath: getComputedStyle(document.querySelector('.math.inline mjx-container')).color,
            displayMath: getComputedStyle(document.querySelector('.math.display mjx-container')).color,
            figureFilter: getComputedStyle(document.querySelector('.compute-svg svg')).filter,
            keyword: getComputedStyle(document.querySelector('.highlight .keyword')).color,
            callout: getComputedStyle(probe).borderLeftColor,
            calloutHeader: getComputedStyle(probe.querySelector('.callout-header')).color,
            cubeHidden: getComputedStyle(document.querySelector('.math mjx-container [style*="color: red"]')).color,
          };
          probe.remove();
          return colours;
        }
        """;

    private sealed record Palette(string Text, string Background, string InlineMath, string DisplayMath, string FigureFilter,
        string Keyword, string Callout, string CalloutHeader, string CubeHidden);

    [BrowserFact]
    public async Task Math_figures_code_callouts_and_the_cube_change_colour_with_the_switch()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            var page = session.Page;
            var light = await EvaluateJsonAsync<Palette>(page, Colours);
            Assert.True(Luminance(light.InlineMath) < 0.3 && Luminance(light.DisplayMath) < 0.3, $"light math {light.InlineMath}");
            Assert.Equal("none", light.FigureFilter);

            await page.ClickAsync("[data-theme-choice=dark]");
            var dark = await EvaluateJsonAsync<Palette>(page, Colours);
            Assert.True(Luminance(dark.Background) < 0.2, $"dark background {dark.Background}");
            Assert.True(Luminance(dark.InlineMath) > 0.6 && Luminance(dark.DisplayMath) > 0.6, $"dark math {dark.InlineMath} / {dark.DisplayMath}");
            Assert.Contains("invert", dark.FigureFilter);
            Assert.NotEqual(light.Keyword, dark.Keyword);
            Assert.NotEqual(light.Callout, dark.Callout);
            Assert.True(Luminance(dark.Callout) > Luminance(light.Callout), $"callout {light.Callout} → {dark.Callout}");
            Assert.Equal(dark.Callout, dark.CalloutHeader);
            Assert.NotEqual(light.CubeHidden, dark.CubeHidden);
            Assert.True(Luminance(dark.CubeHidden) > Luminance(light.CubeHidden));

            await page.ClickAsync("[data-theme-choice=light]");
            Assert.Equal(light, await EvaluateJsonAsync<Palette>(page, Colours));
            session.AssertNoErrors();
        });
    }
}
