using Blog.Tests.Support;
using Microsoft.Playwright;
using static Blog.Tests.Reading.ReadingPages;

namespace Blog.Tests.Reading;

/// <summary>
/// What a reader sees (issue 25), measured in Chromium: text and inline math not stretched, hanging
/// bibliography numbers, previews for every equation reference, bare <c>\eqref</c> typeset, wide
/// formulas with a scroll cue and their number in view on a phone, copy-TeX only on a tap, and the
/// magic cube fitted to its column. Each check runs in both math modes where the math is involved.
/// </summary>
public abstract class ReadingBrowserTests(Chromium chromium, ReadingSite fixture)
{
    private string Url => fixture.Server.Url(ReadingSite.Post);

    /// <summary>The distance between consecutive characters of the script's text on each line of the paragraph that holds it, in px.</summary>
    private const string CharacterAdvances = """
        (marker) => {
          const p = [...document.querySelectorAll('.post-body p')].find(p => p.textContent.includes(marker));
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const boxes = [];
          for (let node; (node = walker.nextNode());) {
            if (node.parentElement.closest('mjx-container')) continue;
            for (let i = 0; i < node.data.length; i++) {
              if (!/[\u4e00-\u9fff]/.test(node.data[i]) || !/[\u4e00-\u9fff]/.test(node.data[i + 1] ?? '')) continue;
              const r = document.createRange();
              r.setStart(node, i); r.setEnd(node, i + 1);
              const a = r.getBoundingClientRect();
              r.setStart(node, i + 1); r.setEnd(node, i + 2);
              const b = r.getBoundingClientRect();
              if (Math.abs(a.top - b.top) < 2) boxes.push(b.left - a.left);
            }
          }
          return boxes;
        }
        """;

    [BrowserTheory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public async Task Chinese_text_is_never_spread_letter_by_letter(int width)
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, width, async session =>
        {
            var advances = await session.Page.EvaluateAsync<double[]>(CharacterAdvances, ReadingSite.LongWord);
            Assert.NotEmpty(advances);
            Assert.True(advances.Max() - advances.Min() <= 0.5, $"characters are {advances.Min():F1} to {advances.Max():F1} px apart");
        });
    }

    [BrowserTheory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public async Task Inline_math_is_as_wide_as_it_is_alone(int width)
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, width, async session =>
        {
            // The formula in its paragraph against a copy of it in a plain block of its own.
            var (inParagraph, alone) = await ReaderJson<(double, double)>(session.Page, """
                () => {
                  const math = [...document.querySelectorAll('.post-body p mjx-container')][0];
                  const copy = math.cloneNode(true);
                  const box = document.createElement('div');
                  box.style.cssText = 'position:absolute;left:0;top:0;white-space:nowrap;text-align:left';
                  box.append(copy);
                  math.closest('p').append(box);
                  const width = (e) => { const r = document.createRange(); r.selectNodeContents(e); return [...r.getClientRects()].reduce((s, x) => s + x.width, 0); };
                  const result = [width(math), width(copy)];
                  box.remove();
                  return result;
                }
                """);
            Assert.True(Math.Abs(inParagraph - alone) <= 1, $"inline formula {inParagraph:F1} px wide in its paragraph, {alone:F1} px alone");
        });
    }

    private static async Task<(double, double)> ReaderJson<T>(IPage page, string script)
    {
        var pair = await page.EvaluateAsync<double[]>(script);
        return (pair[0], pair[1]);
    }

    [BrowserTheory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public async Task Inline_formulas_break_after_a_top_level_operator_only(int width)
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, width, async session =>
        {
            // For every line break inside an in-line formula: the character before it, whether it is an
            // operator (mjx-mo), and how deep in ( ) it stands.
            var breaks = await session.Page.EvaluateAsync<string[]>("""
                () => {
                  const found = [];
                  for (const math of document.querySelectorAll('.post-body p mjx-container[display="false"], .post-body p mjx-container:not([display])')) {
                    const chars = [...math.querySelectorAll('mjx-c')].filter(c => c.getBoundingClientRect().width > 0);
                    let depth = 0;
                    for (let i = 0; i < chars.length - 1; i++) {
                      const before = getComputedStyle(chars[i], '::before').content;
                      const text = chars[i].textContent || (/^".*"$/.test(before) ? before.slice(1, -1) : '');
                      const mo = chars[i].closest('mjx-mo');
                      if (mo && /^[(\[{]$/.test(text)) depth++;
                      if (mo && /^[)\]}]$/.test(text)) depth--;
                      const a = chars[i].getBoundingClientRect(), b = chars[i + 1].getBoundingClientRect();
                      if (b.top > a.bottom - 2) found.push(`${text}|${mo ? 'mo' : 'other'}|${depth}`);
                    }
                  }
                  return found;
                }
                """);
            if (width == Phone) Assert.NotEmpty(breaks);
            Assert.All(breaks, b =>
            {
                var parts = b.Split('|');
                Assert.True(parts[1] == "mo" && parts[2] == "0" && parts[0] is "+" or "=" or "−" or "×" or "-",
                    $"a line ends inside a formula after '{parts[0]}' ({parts[1]}, depth {parts[2]}): breaks are allowed only after a top-level operator");
            });
        });
    }

    public static TheoryData<string> Schemes() => ["light", "dark", "print"];

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task Bibliography_numbers_hang_beside_their_entries(string scheme)
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, Desktop, async session =>
        {
            if (scheme == "print") await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var entries = await session.Page.EvaluateAsync<double[][]>("""
                () => [...document.querySelectorAll('.csl-entry')].map(e => {
                  const n = e.querySelector('.csl-left-margin').getBoundingClientRect();
                  const t = e.querySelector('.csl-right-inline');
                  const r = document.createRange(); r.selectNodeContents(t);
                  const lines = [...r.getClientRects()];
                  const left = Math.min(...lines.map(l => l.left));
                  const colour = getComputedStyle(e.querySelector('.csl-left-margin')).color.match(/[\d.]+/g).slice(0, 3).map(Number);
                  const bg = getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g).slice(0, 3).map(Number);
                  const lum = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
                  return [n.right, n.top, lines[0].left, lines[0].top, left, Math.abs(lum(colour) - lum(bg))];
                })
                """);
            Assert.Equal(2, entries.Length);
            foreach (var e in entries)
            {
                var (numberRight, numberTop, textLeft, textTop, allLinesLeft, contrast) = (e[0], e[1], e[2], e[3], e[4], e[5]);
                Assert.True(numberRight <= textLeft, $"the number ends at {numberRight:F1}, its entry starts at {textLeft:F1}");
                Assert.True(Math.Abs(numberTop - textTop) <= 4, $"the number is at {numberTop:F1}, its entry's first line at {textTop:F1}: not on one line");
                Assert.True(allLinesLeft >= textLeft - 0.5, $"a later line starts at {allLinesLeft:F1}, left of the first ({textLeft:F1}): the number does not hang");
                Assert.True(contrast >= 0.3, $"the number's colour has contrast {contrast:F2} with the page");
            }
        }, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, test: "bibliography_" + scheme);
    }

    [BrowserFact]
    public async Task Bare_eqref_and_ref_outside_math_are_typeset_links()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, Desktop, async session =>
        {
            var paragraph = session.Page.Locator(".post-body p", new PageLocatorOptions { HasText = "可知" });
            Assert.DoesNotContain("\\eqref", await paragraph.InnerTextAsync());
            Assert.DoesNotContain("\\ref", await paragraph.InnerTextAsync());
            Assert.Equal(3, await paragraph.Locator("mjx-container a").CountAsync()); // \eqref{eq:f}, $\eqref{eq:wide}$, \ref{eq:f}
        });
    }

    [BrowserFact]
    public async Task Every_equation_reference_previews_its_equation_on_hover()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, Desktop, async session =>
        {
            var page = session.Page;
            // \eqref and \ref (MathJax's links) and @eq-g (ours); not the citations, which preview their entries.
            var links = page.Locator(".post-body p a[href*='mjx-eqn'], .post-body p a[data-mjx-href*='mjx-eqn']");
            var count = await links.CountAsync();
            Assert.True(count >= 4, $"{count} equation links");
            for (var i = 0; i < count; i++)
            {
                await page.Mouse.MoveAsync(0, 0);
                await page.WaitForFunctionAsync("() => document.getElementById('xref-preview')?.hidden !== false");
                await links.Nth(i).HoverAsync();
                await page.WaitForFunctionAsync("() => document.getElementById('xref-preview')?.dataset.state === 'ready'");
                Assert.True(await page.Locator("#xref-preview mjx-container").CountAsync() > 0, $"link {i} previews no formula");
            }
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task On_a_phone_a_wide_formula_shows_a_scroll_cue_and_keeps_its_number_in_view()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, Phone, async session =>
        {
            var page = session.Page;
            // The numbered formula with a sum: the one wider than a phone.
            var wide = page.Locator(".math.display").Nth(1);
            await wide.ScrollIntoViewIfNeededAsync();
            Assert.True(await wide.EvaluateAsync<bool>("e => [e, e.querySelector('mjx-container')].some(s => s.scrollWidth > s.clientWidth + 1)"), "the formula is not wider than the phone");
            Assert.Equal("end", await wide.GetAttributeAsync("data-overflow"));
            Assert.NotEqual("none", await wide.EvaluateAsync<string>("e => getComputedStyle(e).boxShadow"));
            foreach (var scroll in new[] { 0, 10_000 })
            {
                await wide.EvaluateAsync("(e, x) => { const s = [e, e.querySelector('mjx-container')].find(s => s.scrollWidth > s.clientWidth + 1) ?? e; s.scrollLeft = x; s.dispatchEvent(new Event('scroll')); }", scroll);
                // The number a reader sees (MathJax's own label is hidden, mjx-labels itself is as wide as the
                // formula) against the formula's visible box: the part of the formula inside its scrolling box.
                var box = await wide.EvaluateAsync<double[]>("""
                    e => {
                      const seen = [...document.querySelectorAll('.eq-number, mjx-labels mjx-c')].filter(n => n.closest('.math.display') === e || n.previousElementSibling === e)
                        .filter(n => getComputedStyle(n).visibility === 'visible' && n.getBoundingClientRect().width > 0);
                      const n = seen[0].getBoundingClientRect();
                      const s = [e, e.querySelector('mjx-container')].find(s => s.scrollWidth > s.clientWidth + 1).getBoundingClientRect();
                      const f = e.querySelector('mjx-math').getBoundingClientRect();
                      const v = [Math.max(f.left, s.left), Math.max(f.top, s.top), Math.min(f.right, s.right), Math.min(f.bottom, s.bottom)];
                      return [seen.length, n.left, n.top, n.right, n.bottom, ...v, document.documentElement.clientWidth];
                    }
                    """);
                var (count, nLeft, nTop, nRight, nBottom) = (box[0], box[1], box[2], box[3], box[4]);
                var (fLeft, fTop, fRight, fBottom, width) = (box[5], box[6], box[7], box[8], box[9]);
                var says = $"scrolled to {scroll}: number at x {nLeft:F1}-{nRight:F1}, y {nTop:F1}-{nBottom:F1}; formula seen at x {fLeft:F1}-{fRight:F1}, y {fTop:F1}-{fBottom:F1}";
                Assert.True(count == 1, $"{count} visible numbers; " + says);
                Assert.True(nLeft >= -0.5 && nRight <= width + 0.5, "the number is out of the screen: " + says);
                var overlap = nLeft < fRight - 0.5 && fLeft < nRight - 0.5 && nTop < fBottom - 0.5 && fTop < nBottom - 0.5;
                Assert.False(overlap, "the number covers the formula: " + says);
                Assert.Equal("(2)", await page.Locator(".eq-number").First.TextContentAsync());
            }
            // A formula that fits keeps its number beside it, where MathJax puts it.
            var narrow = page.Locator(".math.display").Nth(0);
            Assert.Null(await narrow.GetAttributeAsync("data-number"));
            Assert.Equal("visible", await narrow.EvaluateAsync<string>("e => getComputedStyle(e.querySelector('mjx-labels')).visibility"));
            Assert.Equal("start", await wide.GetAttributeAsync("data-overflow"));
        }, touch: true);
    }

    private static async Task<(double, double, double)> Triple(ILocator locator, string script)
    {
        var v = await locator.EvaluateAsync<double[]>(script);
        return (v[0], v[1], v[2]);
    }

    [BrowserFact]
    public async Task On_a_touch_screen_copy_tex_appears_only_after_a_tap()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, Phone, async session =>
        {
            var page = session.Page;
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.copyTex === 'ready'");
            var opacities = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.copy-tex')].map(b => Number(getComputedStyle(b).opacity))");
            Assert.NotEmpty(opacities);
            Assert.All(opacities, o => Assert.Equal(0, o));
            var first = page.Locator(".math.display").First;
            await first.TapAsync();
            await page.WaitForFunctionAsync("() => Number(getComputedStyle(document.querySelector('.math.display .copy-tex')).opacity) === 1");
            Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.copy-tex')].filter(b => Number(getComputedStyle(b).opacity) > 0).length"));
        }, touch: true);
    }

    [BrowserTheory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public async Task The_order_4_magic_cube_fits_its_column_and_zooms_on_a_tap(int width)
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, Url, width, async session =>
        {
            var page = session.Page;
            var cube = page.Locator(".math.display:has(+ .magic-cube-verdict)");
            await cube.ScrollIntoViewIfNeededAsync();
            var (shown, column, _) = await Triple(cube, "e => [e.querySelector('mjx-math').getBoundingClientRect().width, e.closest('.post-body').clientWidth, 0]");
            Assert.True(shown <= column + 1, $"the cube is {shown:F0} px wide in a {column:F0} px column");
            // Scaled to fit, nothing scrolls: no scroll cue (MathJax's container is a few pixels wider than the drawing).
            Assert.Null(await cube.GetAttributeAsync("data-overflow"));
            Assert.Equal("none", await cube.EvaluateAsync<string>("e => getComputedStyle(e).boxShadow"));
            await cube.TapAsync();
            Assert.Equal("zoomed", await cube.GetAttributeAsync("data-fit"));
            var (full, room, _) = await Triple(cube, "e => [e.querySelector('mjx-math').getBoundingClientRect().width, e.clientWidth, 0]");
            Assert.True(full > room, $"zoomed, the cube is {full:F0} px in {room:F0} px: not larger than its column");
            await cube.TapAsync();
            Assert.Equal("scaled", await cube.GetAttributeAsync("data-fit"));
        }, touch: true);
    }
}

[Collection(ChromiumCollection.Name)]
public sealed class BuildModeReadingTests(Chromium chromium, BuildModeReadingSite fixture)
    : ReadingBrowserTests(chromium, fixture), IClassFixture<BuildModeReadingSite>;

[Collection(ChromiumCollection.Name)]
public sealed class ClientModeReadingTests(Chromium chromium, ClientModeReadingSite fixture)
    : ReadingBrowserTests(chromium, fixture), IClassFixture<ClientModeReadingSite>;
