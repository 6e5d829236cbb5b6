using Blog.Tests.Citations;
using Blog.Tests.Support;

namespace Blog.Tests.Browser;

/// <summary>
/// The hostile bibliography of <see cref="HostileBibliography"/> in Chromium, one page per shipped
/// CSL style: after load, after focusing, hovering and clicking every element of the citations and
/// the bibliography, no handler has run (<c>window.__pwned</c> stays unset) and no element carries
/// an event-handler attribute.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class HostileBibliographyBrowserTests(Chromium chromium)
{
    private const string Probe = """
        async () => {
          const parts = [...document.querySelectorAll('span.citation, #refs')];
          const elements = parts.flatMap(p => [p, ...p.querySelectorAll('*')]);
          for (const e of elements) {
            e.focus?.();
            for (const type of ['mouseover', 'mouseenter', 'focus', 'click'])
              e.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
          }
          await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
          const handlers = [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on') || a.name === 'autofocus').map(a => e.localName + ' ' + a.name));
          return JSON.stringify({ pwned: window.__pwned ?? null, handlers, parts: parts.length,
            scripts: parts.flatMap(p => [...p.querySelectorAll('script, img, svg, iframe')]).length });
        }
        """;

    private sealed record Report(int? Pwned, string[] Handlers, int Parts, int Scripts);

    [BrowserFact]
    public async Task No_handler_from_a_bibliography_runs_in_any_shipped_style()
    {
        using var site = HostileBibliography.Create();
        await site.BuildOkAsync();
        await using var server = await StaticServer.StartAsync(site.OutputFolder);
        foreach (var (style, path) in HostileBibliography.Posts)
        {
            await chromium.WithPageAsync(server.Url(path), async session =>
            {
                // Clicking a link would leave the page; links are stopped, handlers on them still run.
                await session.Page.EvaluateAsync("() => document.addEventListener('click', e => e.preventDefault(), true)");
                var json = await session.Page.EvaluateAsync<string>(Probe);
                var report = System.Text.Json.JsonSerializer.Deserialize<Report>(json, new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
                Assert.True(report.Parts >= 3, $"{style}: no citations on the page");
                Assert.Null(report.Pwned);
                Assert.Empty(report.Handlers);
                Assert.Equal(0, report.Scripts);
            });
        }
    }
}
