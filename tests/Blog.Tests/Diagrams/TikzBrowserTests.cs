using Blog.Tests.Support;
using Microsoft.Playwright;
using SkiaSharp;
using static Blog.Tests.Reader.ReaderPages;

namespace Blog.Tests.Diagrams;

/// <summary>
/// ```tikz diagrams in Chromium: drawn (a box of real size with ink in it, TeX's fonts loaded) and
/// following the colour scheme: their strokes and text take the page's text colour, dark on light and
/// light on dark, as the switch changes it.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class TikzBrowserTests(Chromium chromium, TikzSite fixture) : IClassFixture<TikzSite>
{
    private const string StrokeColours = """
        () => [...document.querySelectorAll('.tikz-diagram svg')].map(svg => {
          const path = [...svg.querySelectorAll('path')].find(p => getComputedStyle(p).stroke !== 'none');
          return getComputedStyle(path).stroke;
        })
        """;

    [BrowserFact]
    public async Task Diagrams_are_visible_and_follow_the_colour_scheme_switch()
    {
        fixture.AssertBuilt();
        await using var server = await StaticServer.StartAsync(fixture.Site.OutputFolder);
        await chromium.WithPageAsync(server.Url(TikzSite.PostPage.Replace("index.html", "")), async session =>
        {
            var page = session.Page;
            await page.EvaluateAsync("() => document.fonts.ready");
            Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('10px cmmi10')"), "TeX's math italic font did not load");

            var diagrams = page.Locator(".tikz-diagram svg");
            Assert.Equal(2, await diagrams.CountAsync());
            for (var i = 0; i < 2; i++)
            {
                var box = await diagrams.Nth(i).BoundingBoxAsync();
                Assert.True(box is { Width: > 40, Height: > 20 }, $"diagram {i} box: {box?.Width}×{box?.Height}");
            }

            // Dark (the system's scheme here): strokes light.
            Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
            foreach (var colour in await page.EvaluateAsync<string[]>(StrokeColours))
                Assert.True(Luminance(colour) > 0.6, $"stroke {colour} on a dark page");
            Assert.True(await InkAsync(diagrams.Nth(0)) > 100, "the square has too little ink on a dark page");

            // The switch to light: strokes dark, at once.
            await page.ClickAsync("[data-theme-choice=light]");
            foreach (var colour in await page.EvaluateAsync<string[]>(StrokeColours))
                Assert.True(Luminance(colour) < 0.4, $"stroke {colour} on a light page");
            Assert.True(await InkAsync(diagrams.Nth(0)) > 100, "the square has too little ink on a light page");
            session.AssertNoErrors();
        }, ColorScheme.Dark);
    }

    /// <summary>Pixels of the element's screenshot that stand out from its background (its corner pixel).</summary>
    private static async Task<int> InkAsync(ILocator element)
    {
        using var bitmap = SKBitmap.Decode(await element.ScreenshotAsync());
        var background = bitmap.GetPixel(0, 0);
        static double Light(SKColor c) => (0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue) / 255;
        var ink = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (Math.Abs(Light(bitmap.GetPixel(x, y)) - Light(background)) > 0.3) ink++;
        return ink;
    }
}
