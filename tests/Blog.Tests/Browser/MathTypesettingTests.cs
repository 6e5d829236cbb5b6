using System.Text.Json;
using System.Text.RegularExpressions;
using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.Browser;

/// <summary>
/// Every post in Chromium with MathJax 4 in the browser: the page loads with no console error and
/// no failed request, nothing is fetched from another host, every formula is typeset without a
/// MathJax error, every \label gets its number shown and every \eqref resolves and jumps.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class MathTypesettingTests(Chromium chromium, ClientSite fixture) : IClassFixture<ClientSite>
{
    public static TheoryData<string> PostFiles() => [.. ClientSite.Posts.Select(p => p.File)];

    /// <summary>What MathJax made of a page, gathered in the page once it has finished.</summary>
    private sealed record MathReport(
        int Math, string[] Untypeset, string[] Errors, Dictionary<string, MathLabel> Labels,
        Dictionary<string, string> LabelTexts, string[] EqrefLinks, bool UnresolvedRefs);

    private sealed record MathLabel(string Tag, string Id);

    // What the page holds once MathJax has typeset it (MathJaxPages.WaitForTypesetAsync waits for that).
    private const string Report = """
        () => {
          const math = [...document.querySelectorAll('.math')];
          const jax = MathJax.startup.document.inputJax[0] ?? MathJax.startup.document.inputJax.tex;
          const labels = jax.parseOptions.tags.allLabels ?? {};
          const labelTexts = {};
          for (const [name, { id }] of Object.entries(labels)) labelTexts[name] = document.getElementById(id)?.textContent ?? null;
          return JSON.stringify({
            math: math.length,
            untypeset: math.filter(m => !m.querySelector('mjx-container')).map(m => m.textContent.slice(0, 120)),
            errors: [...document.querySelectorAll('mjx-merror, [data-mjx-error]')].map(e => e.getAttribute('data-mjx-error') ?? e.textContent),
            labels,
            labelTexts,
            eqrefLinks: [...document.querySelectorAll('mjx-container a')].map(a => a.getAttribute('href') ?? a.getAttribute('data-mjx-href')).filter(h => h?.startsWith('#mjx-eqn')),
            unresolvedRefs: [...document.querySelectorAll('mjx-container')].some(c => c.textContent.includes('???')),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static async Task<MathReport> TypesetAsync(BrowserSession session)
    {
        var page = session.Page;
        // As a JSON string: Playwright's own serialisation of a returned object adds "$id" keys.
        await page.WaitForTypesetAsync(session.Console);
        var json = await page.EvaluateAsync<string>(Report);
        return JsonSerializer.Deserialize<MathReport>(json, Json)!;
    }

    [BrowserTheory]
    [MemberData(nameof(PostFiles))]
    public async Task Every_formula_of_the_post_is_typeset_with_numbers_and_working_references(string file)
    {
        fixture.AssertReady();
        var post = ClientSite.Posts.Single(p => p.File == file);
        var source = File.ReadAllText(Path.Combine(fixture.Site.Root, "input", "posts", file));
        var expectedMath = fixture.Site.Html(post.OutputFile).QuerySelectorAll(".post-body .math").Length;

        await chromium.WithPageAsync(fixture.Server.Url(post.Path), async session =>
        {
            var report = await TypesetAsync(session);

            Assert.True(expectedMath > 0, "the post has no formula");
            Assert.True(report.Math >= expectedMath, $"{report.Math} math elements in the page, {expectedMath} in the post body");
            Assert.True(report.Untypeset.Length == 0, "not typeset:\n" + string.Join("\n", report.Untypeset));
            Assert.True(report.Errors.Length == 0, "MathJax errors:\n" + string.Join("\n", report.Errors));

            // Every \label of the source is numbered, and its number is shown beside the equation.
            var labels = Regex.Matches(source, @"\\label\{([^}]+)\}").Select(m => m.Groups[1].Value).Distinct().ToList();
            foreach (var label in labels)
            {
                Assert.True(report.Labels.TryGetValue(label, out var tag), $"\\label{{{label}}} is not known to MathJax");
                Assert.Equal($"({tag.Tag})", report.LabelTexts[label]);
            }
            Assert.Equal(report.Labels.Count, report.Labels.Values.Select(l => l.Tag).Distinct().Count());

            // Every \eqref points at a label that exists, and is a link to its anchor.
            var refs = Regex.Matches(source, @"\\eqref\{([^}]+)\}").Select(m => m.Groups[1].Value).ToList();
            Assert.All(refs, r => Assert.True(report.Labels.ContainsKey(r), $"\\eqref{{{r}}} has no \\label"));
            Assert.False(report.UnresolvedRefs, "a reference shows ???");
            Assert.True(report.EqrefLinks.Length >= refs.Count(r => !InCode(source, r)),
                $"{report.EqrefLinks.Length} equation links for {refs.Count} \\eqref");
            foreach (var href in report.EqrefLinks.Distinct())
                Assert.Equal(1, await session.Page.EvaluateAsync<int>("h => document.querySelectorAll('[id=\"' + decodeURIComponent(h.slice(1)) + '\"]').length", href));

            await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            session.AssertNoErrors();
            AssertEverythingCameFromTheSite(session);
        }, test: "post_" + post.Slug);
    }

    [BrowserFact]
    public async Task Clicking_an_eqref_jumps_to_its_equation()
    {
        fixture.AssertReady();
        var post = ClientSite.Posts.First(p => File.ReadAllText(Path.Combine(TestSite.SampleFixture, "input", "posts", p.File)).Contains(@"\eqref"));
        await chromium.WithPageAsync(fixture.Server.Url(post.Path), async session =>
        {
            await TypesetAsync(session);
            var links = session.Page.Locator("mjx-container a[data-mjx-href^='#mjx-eqn'], mjx-container a[href^='#mjx-eqn']");
            // The last reference, so that its equation is far above and the page must scroll back to it.
            var link = links.Last;
            var href = await link.EvaluateAsync<string>("a => a.getAttribute('href') ?? a.getAttribute('data-mjx-href')");
            await link.ScrollIntoViewIfNeededAsync();
            await link.ClickAsync();
            await session.Page.WaitForFunctionAsync("h => location.hash === h", href);
            var top = await session.Page.EvaluateAsync<double>("h => document.getElementById(decodeURIComponent(h.slice(1))).getBoundingClientRect().top", href);
            var height = await session.Page.EvaluateAsync<double>("() => innerHeight");
            Assert.InRange(top, -2, height / 2);
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task The_list_pages_load_without_errors()
    {
        fixture.AssertReady();
        var tag = ClientSite.Posts.SelectMany(p => p.Tags).First();
        foreach (var path in new[] { "", "archives/", "tags/", $"tags/{Blog.Content.Slugs.From(tag)}/", "404.html" })
        {
            await chromium.WithPageAsync(fixture.Server.Url(path), async session =>
            {
                var report = await TypesetAsync(session);
                Assert.Empty(report.Untypeset);
                Assert.Empty(report.Errors);
                await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                session.AssertNoErrors();
                AssertEverythingCameFromTheSite(session);
            }, test: "list_" + (path.Length == 0 ? "home" : path.Replace('/', '_')));
        }
    }

    [BrowserFact]
    public async Task Dark_mode_renders_without_errors_in_dark_colours()
    {
        fixture.AssertReady();
        var post = ClientSite.Posts[0];
        string? lightBackground = null;
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await chromium.WithPageAsync(fixture.Server.Url(post.Path), async session =>
            {
                var report = await TypesetAsync(session);
                Assert.Empty(report.Errors);
                var background = await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
                var text = await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.post-body')).color");
                if (scheme == ColorScheme.Light) lightBackground = background;
                else
                {
                    Assert.NotEqual(lightBackground, background);
                    Assert.True(Luminance(background) < 0.3, $"dark background {background}");
                    Assert.True(Luminance(text) > 0.6, $"dark-mode text {text}");
                }
                session.AssertNoErrors();
            }, scheme, test: "dark_mode_" + scheme);
        }
    }

    private static double Luminance(string rgb)
    {
        var c = Regex.Matches(rgb, @"\d+").Take(3).Select(m => int.Parse(m.Value) / 255.0).ToArray();
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /// <summary>An \eqref written inside a code span is shown as code, not typeset.</summary>
    private static bool InCode(string source, string label) => source.Contains($"`\\eqref{{{label}}}`") || source.Contains($"\\eqref{{{label}}}`");

    private void AssertEverythingCameFromTheSite(BrowserSession session)
    {
        // data: and blob: URLs are made in the page (MathJax's speech worker), not fetched.
        var outside = session.Requests.Where(r => !r.StartsWith(fixture.Server.BaseUrl) && !r.StartsWith("data:") && !r.StartsWith("blob:")).ToList();
        Assert.True(outside.Count == 0, "requests to another host:\n" + string.Join("\n", outside));
    }
}
