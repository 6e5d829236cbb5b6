using System.Text.Json;
using System.Xml.Linq;
using Blog.Pipelines;
using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>
/// The feed's HTML per entry is kept in <c>.cache/feed/entries.json</c> between builds. The tests mark
/// every stored entry (a comment appended to its HTML, the file signed again as the build signs it), so
/// the feed shows which entries came from the cache: an unchanged entry must, an entry whose post,
/// formulas or URL changed must not, and what is made instead equals a build with no cache at all.
/// </summary>
public sealed class FeedHtmlCacheTests
{
    private const string Marker = "from-the-feed-cache";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static TestSite NewSite(string render)
    {
        var site = TestSite.Empty();
        site.Settings(s => s["math"]!["render"] = render);
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\nslug: a\nsummary: 摘要里有 $\\alpha$ 和 $\\pi$。\n---\n\n"
            + "圆周率 $\\pi$ 与 $$e^{i\\pi}+1=0$$ 的关系,回[首页](/)。\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\nslug: b\n---\n\n另一篇,公式 $x^2$ 和 $\\pi$。\n");
        return site;
    }

    private static string CachePath(TestSite site) => Path.Combine(site.Root, ".cache", "feed", "entries.json");

    private static Dictionary<string, string> Stored(TestSite site) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(VerifiedFile.Read(CachePath(site)) ?? throw new Xunit.Sdk.XunitException("no feed cache was written"))!;

    /// <summary>Appends the marker to every stored entry and signs the file again, as a build would have written it.</summary>
    private static void MarkStoredEntries(TestSite site) =>
        VerifiedFile.Write(CachePath(site), JsonSerializer.Serialize(Stored(site).ToDictionary(e => e.Key, e => e.Value + "<!--" + Marker + "-->")));

    /// <summary>Each entry of output/atom.xml by its link: its content and summary as the feed holds them (HTML text).</summary>
    private static Dictionary<string, string> FeedEntries(TestSite site) =>
        XDocument.Parse(site.ReadOutput("atom.xml")).Root!.Elements(Atom + "entry").ToDictionary(
            e => e.Element(Atom + "link")!.Attribute("href")!.Value,
            e => (e.Element(Atom + "summary")?.Value ?? "") + "\n----\n" + e.Element(Atom + "content")!.Value);

    private static string EntryOf(Dictionary<string, string> entries, string slug) => entries.Single(e => e.Key.EndsWith($"/{slug}/", StringComparison.Ordinal)).Value;

    /// <summary>The feed entries of the site as a build without any feed cache makes them.</summary>
    private static async Task<Dictionary<string, string>> WithoutCache(TestSite site)
    {
        File.Delete(CachePath(site));
        await site.BuildOkAsync();
        return FeedEntries(site);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("client")]
    public async Task A_rebuild_takes_every_unchanged_entry_from_the_cache_and_the_feed_is_the_same_bytes(string render)
    {
        using var site = NewSite(render);
        await site.BuildOkAsync();
        var first = site.ReadOutput("atom.xml");
        // Two posts, one with a summary: three pieces of feed HTML.
        Assert.Equal(3, Stored(site).Count);

        await site.BuildOkAsync();
        Assert.Equal(first, site.ReadOutput("atom.xml"));

        MarkStoredEntries(site);
        await site.BuildOkAsync();
        var entries = FeedEntries(site);
        Assert.Equal(2, entries.Count);
        Assert.Equal(2, CountOf(EntryOf(entries, "a"), Marker)); // its summary and its content
        Assert.Equal(1, CountOf(EntryOf(entries, "b"), Marker)); // its content (its summary is plain text)
    }

    public static TheoryData<string, string> PostChanges => new()
    {
        { "build", "prose" }, { "build", "formula" }, { "build", "formula-display" }, { "build", "link" }, { "build", "slug" },
        { "client", "prose" }, { "client", "formula" }, { "client", "link" }, { "client", "slug" },
    };

    [Theory]
    [MemberData(nameof(PostChanges))]
    public async Task A_changed_post_is_made_again_and_the_other_posts_come_from_the_cache(string render, string change)
    {
        using var site = NewSite(render);
        await site.BuildOkAsync();
        MarkStoredEntries(site);
        var body = "另一篇,公式 $x^2$ 和 $\\pi$。";
        var (slug, changed) = change switch
        {
            "prose" => ("b", body.Replace("另一篇", "另一篇改过的")),
            "formula" => ("b", body.Replace("x^2", "x^3")),
            "formula-display" => ("b", body.Replace("$x^2$", "$$x^2$$")),
            "link" => ("b", body + "见[甲篇](../a/)。"),
            "slug" => ("b2", body),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        site.WriteFile("input/posts/b.md", $"---\ntitle: 乙\ndate: 2020-01-02\nslug: {slug}\n---\n\n{changed}\n");
        await site.BuildOkAsync();
        var entries = FeedEntries(site);

        Assert.DoesNotContain(Marker, EntryOf(entries, slug));
        Assert.Contains(Marker, EntryOf(entries, "a"));
        Assert.Equal(EntryOf(await WithoutCache(site), slug), EntryOf(entries, slug));
    }

    public static TheoryData<string, string> SiteChanges => new()
    {
        { "build", "baseUrl" }, { "client", "baseUrl" }, { "build", "macro" }, { "build", "permalink" },
    };

    [Theory]
    [MemberData(nameof(SiteChanges))]
    public async Task A_change_of_the_sites_urls_or_math_settings_makes_every_entry_it_touches_again(string render, string change)
    {
        using var site = NewSite(render);
        // \pi is in every piece of feed HTML (both contents, the summary): a macro that redefines it changes them all.
        site.Settings(s => s["math"]!["macros"] = new System.Text.Json.Nodes.JsonObject { ["R"] = "\\mathbb{R}" });
        await site.BuildOkAsync();
        MarkStoredEntries(site);
        site.Settings(s =>
        {
            switch (change)
            {
                case "baseUrl": s["baseUrl"] = "https://example.org/elsewhere/"; break;
                case "macro": s["math"]!["macros"] = new System.Text.Json.Nodes.JsonObject { ["pi"] = "\\varpi" }; break;
                case "permalink": s["permalink"] = "/posts/{slug}/"; break;
                default: throw new ArgumentOutOfRangeException(nameof(change));
            }
        });
        await site.BuildOkAsync();
        var entries = FeedEntries(site);

        Assert.All(entries.Values, e => Assert.DoesNotContain(Marker, e));
        Assert.Equal(await WithoutCache(site), entries);
    }

    [Fact]
    public async Task A_damaged_cache_file_is_ignored_and_written_again()
    {
        using var site = NewSite("build");
        await site.BuildOkAsync();
        var clean = FeedEntries(site);
        MarkStoredEntries(site);
        // One changed byte in the signed file (what a half-finished copy or a hand edit leaves).
        var bytes = File.ReadAllBytes(CachePath(site));
        var at = Array.LastIndexOf(bytes, (byte)'f');
        bytes[at] = (byte)'g';
        File.WriteAllBytes(CachePath(site), bytes);

        await site.BuildOkAsync();
        Assert.Equal(clean, FeedEntries(site));
        Assert.Equal(3, Stored(site).Count);
        Assert.All(Stored(site).Values, v => Assert.DoesNotContain(Marker, v));
    }

    [Fact]
    public async Task The_file_keeps_only_what_the_latest_feed_used()
    {
        using var site = NewSite("build");
        await site.BuildOkAsync();
        site.DeleteFile("input/posts/b.md");
        await site.BuildOkAsync();
        Assert.Equal(2, Stored(site).Count); // post a's summary and content
        site.Settings(s => s["feedSize"] = 0);
        await site.BuildOkAsync();
        Assert.Empty(Stored(site));
    }

    [Fact]
    public async Task No_cache_makes_every_entry_again()
    {
        using var site = NewSite("build");
        await site.BuildOkAsync();
        MarkStoredEntries(site);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root, NoCache = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.All(FeedEntries(site).Values, e => Assert.DoesNotContain(Marker, e));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
