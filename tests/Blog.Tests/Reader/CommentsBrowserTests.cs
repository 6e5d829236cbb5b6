using System.Collections.Concurrent;
using System.Text.Json;
using Blog.Tests.Support;
using Microsoft.Playwright;
using static Blog.Tests.Reader.ReaderPages;

namespace Blog.Tests.Reader;

/// <summary>
/// giscus comments in Chromium. giscus itself is never contacted: every request to giscus.app is
/// answered by a stand-in (a client script that adds an iframe, and an iframe page that reports
/// the messages it gets), and recorded, so the tests see when the page asks for giscus.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class CommentsBrowserTests(Chromium chromium, BuildModeReaderSite fixture) : IClassFixture<BuildModeReaderSite>
{
    private const string StandInClient = """
        (() => {
          const script = document.currentScript;
          window.__giscus = Object.assign({}, script.dataset);
          const frame = document.createElement('iframe');
          frame.className = 'giscus-frame';
          frame.src = 'https://giscus.app/widget?theme=' + encodeURIComponent(script.dataset.theme);
          frame.addEventListener('load', () => { window.__giscusFrameLoaded = true; });
          document.querySelector('.giscus').append(frame);
        })();
        """;

    private const string StandInWidget = """
        <!DOCTYPE html><script>addEventListener('message', e => parent.postMessage({ fromGiscus: e.data, origin: location.origin }, '*'));</script>
        """;

    private static async Task RouteGiscusAsync(IBrowserContext context, ConcurrentQueue<string> requests)
    {
        await context.RouteAsync("https://giscus.app/**", async route =>
        {
            requests.Enqueue(route.Request.Url);
            var client = route.Request.Url.StartsWith("https://giscus.app/client.js", StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = client ? "text/javascript" : "text/html", Body = client ? StandInClient : StandInWidget });
        });
    }

    private sealed record Attributes(string Repo, string RepoId, string Category, string CategoryId, string Mapping,
        string Strict, string ReactionsEnabled, string InputPosition, string Lang, string Theme);

    [BrowserFact]
    public async Task Giscus_is_requested_only_after_scrolling_to_the_end_and_follows_the_theme_switch()
    {
        fixture.AssertReady();
        var requests = new ConcurrentQueue<string>();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            var page = session.Page;
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(1, await page.Locator("section.comments").CountAsync());
            Assert.False(await page.Locator("section.comments").IsVisibleAsync() && await InViewAsync(page), "the comments must start out of sight");
            Assert.Empty(requests);
            Assert.Equal(0, await page.Locator("script[src*='giscus']").CountAsync());

            // Halfway down: still nothing.
            await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight / 3)");
            await page.WaitForFunctionAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
            Assert.Empty(requests);

            var request = await page.RunAndWaitForRequestAsync(
                () => page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)"),
                r => r.Url.StartsWith("https://giscus.app/client.js", StringComparison.Ordinal));
            Assert.NotNull(request);
            await page.WaitForFunctionAsync("() => window.__giscusFrameLoaded === true");
            var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.__giscus)");
            var seen = JsonSerializer.Deserialize<Attributes>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            Assert.Equal(new Attributes("someone/blog-comments", "R_kgDOExample", "Announcements", "DIC_kwDOExample", "pathname",
                "0", "1", "bottom", "zh-CN", "light"), seen);
            Assert.Single(requests, r => r.StartsWith("https://giscus.app/client.js", StringComparison.Ordinal));

            // Switching the page to dark tells giscus's iframe, at giscus's origin.
            await page.EvaluateAsync("() => { window.__giscusMessages = []; addEventListener('message', e => e.data && e.data.fromGiscus && window.__giscusMessages.push(e.data)); }");
            await page.ClickAsync("[data-theme-choice=dark]");
            await page.WaitForFunctionAsync("() => window.__giscusMessages.length > 0");
            var message = await page.EvaluateAsync<string>("() => JSON.stringify(window.__giscusMessages[0])");
            Assert.Equal("""{"fromGiscus":{"giscus":{"setConfig":{"theme":"dark"}}},"origin":"https://giscus.app"}""", message);
            session.AssertNoErrors();
        }, setup: c => RouteGiscusAsync(c, requests));
    }

    private static Task<bool> InViewAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => document.querySelector('section.comments').getBoundingClientRect().top < innerHeight");

    [BrowserFact]
    public async Task A_dark_page_starts_giscus_in_its_dark_theme()
    {
        fixture.AssertReady();
        var requests = new ConcurrentQueue<string>();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            var page = session.Page;
            await page.RunAndWaitForRequestAsync(() => page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)"),
                r => r.Url.StartsWith("https://giscus.app/client.js", StringComparison.Ordinal));
            await page.WaitForFunctionAsync("() => window.__giscus !== undefined");
            Assert.Equal("dark", await page.EvaluateAsync<string>("() => window.__giscus.theme"));
        }, setup: c => RouteGiscusAsync(c, requests), scheme: ColorScheme.Dark);
    }

    [BrowserFact]
    public async Task A_post_with_comments_false_never_requests_giscus()
    {
        fixture.AssertReady();
        var requests = new ConcurrentQueue<string>();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.QuietPost), async (session, _) =>
        {
            var page = session.Page;
            await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(0, await page.Locator("section.comments").CountAsync());
            Assert.DoesNotContain(session.Requests, r => r.Contains("comments.js"));
            Assert.Empty(requests);
            session.AssertNoErrors();
        }, setup: c => RouteGiscusAsync(c, requests));
    }
}

/// <summary>A site without "comments" in statiq.json loads nothing for comments, even at the end of a long post.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class NoCommentsBrowserTests(Chromium chromium, ClientModeReaderSite fixture) : IClassFixture<ClientModeReaderSite>
{
    [BrowserFact]
    public async Task Without_comment_settings_nothing_is_requested_at_the_end_of_a_post()
    {
        fixture.AssertReady();
        var requests = new ConcurrentQueue<string>();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            var page = session.Page;
            await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(0, await page.Locator("section.comments").CountAsync());
            Assert.DoesNotContain(session.Requests, r => r.Contains("comments.js") || r.Contains("giscus"));
            Assert.Empty(requests);
            session.AssertNoErrors();
        }, setup: c => c.RouteAsync("https://giscus.app/**", async route => { requests.Enqueue(route.Request.Url); await route.AbortAsync(); }));
    }
}
