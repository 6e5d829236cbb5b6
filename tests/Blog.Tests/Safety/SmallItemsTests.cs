using System.Diagnostics;
using Blog.Preview;
using Blog.Tests.Preview;
using Blog.Tests.Support;
using Blog.Typesetting;

namespace Blog.Tests.Safety;

/// <summary>Issue 18.8, the smaller items: tag spellings, the cite box's BibTeX, leftovers of killed builds, the math cache, the preview's Host check.</summary>
public sealed class SmallItemsTests
{
    private static string Post(string slug, string date, string tags, string author = "作者") =>
        $"---\ntitle: 文章{slug}\ndate: {date}\nslug: {slug}\nauthor: '{author}'\ntags: [{tags}]\n---\n\n正文。\n";

    [Fact]
    public async Task Tags_that_differ_only_in_case_make_one_tag_page_listing_every_post()
    {
        using var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", Post("a", "2020-01-01", "AI"));
        site.WriteFile("input/posts/b.md", Post("b", "2020-01-02", "ai"));
        site.WriteFile("input/posts/c.md", Post("c", "2020-01-03", "AI, 概率"));
        await site.BuildOkAsync();

        var page = site.Html("tags/ai/");
        Assert.Equal(3, page.QuerySelectorAll(".post-summary").Length);
        Assert.Contains("AI", page.Title); // the spelling most posts use
        var index = site.Html("tags/");
        Assert.Single(index.QuerySelectorAll("a"), a => a.GetAttribute("href")?.EndsWith("/tags/ai/") == true && a.Closest("main, .terms, article") is not null);
    }

    /// <summary>The top-level field names of a BibTeX entry, read as BibTeX reads it: brace depth decides where a field ends.</summary>
    private static List<string> BibtexFields(string bibtex)
    {
        var fields = new List<string>();
        var depth = 0;
        var name = new System.Text.StringBuilder();
        foreach (var c in bibtex)
        {
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 1 && c == ',') { name.Clear(); continue; }
            else if (depth == 1 && c == '=') { fields.Add(name.ToString().Trim()); name.Clear(); continue; }
            if (depth == 1 && c != '{') name.Append(c);
        }
        Assert.Equal(0, depth);
        return fields;
    }

    [Theory]
    [InlineData("A\"}, note={x")]
    [InlineData("B}, title={y")]
    [InlineData("C{ {")]
    [InlineData("D% comment")]
    public async Task An_author_cannot_add_fields_to_the_cite_box_BibTeX(string author)
    {
        using var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", Post("a", "2020-01-01", "x", author.Replace("'", "''")));
        await site.BuildOkAsync();

        var bibtex = site.Html("2020/01/a/").QuerySelector(".cite-bibtex")!.TextContent;
        Assert.Equal(["title", "author", "year", "month", "url"], BibtexFields(bibtex));
    }

    [Theory]
    [InlineData("标题 $\\frac{a}{b}$", "标题 $\\frac{a}{b}$")]
    [InlineData("50% 的 \"概率\"", "50\\% 的 {\"}概率{\"}")]
    [InlineData("a}b{c", "a\\textbraceright{}b\\textbraceleft{}c")]
    public void BibTeX_fields_keep_balanced_braces_and_escape_the_rest(string text, string field) =>
        Assert.Equal(field, Blog.Theme.Citation.Field(text));

    [Fact]
    public async Task Folders_left_by_a_killed_build_are_removed_by_the_next_and_git_ignores_them()
    {
        using var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", Post("a", "2020-01-01", "x"));
        var dead = Path.Combine(site.Root, ".output.staging-999999999-0123abcd");
        var oldStyle = Path.Combine(site.Root, ".output.old-0123456789abcdef");
        var running = Path.Combine(site.Root, $".output.staging-{Environment.ProcessId}-feedbeef");
        foreach (var folder in new[] { dead, oldStyle, running })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), "half");
        }

        await site.BuildOkAsync();

        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(oldStyle));
        Assert.True(Directory.Exists(running), "the folder of a build still running was deleted");

        foreach (var leftover in new[] { ".output.staging-1-ab/index.html", ".output.old-1-ab/index.html" })
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["check-ignore", "-q", leftover]) { WorkingDirectory = TestSite.RepoRoot })!;
            git.WaitForExit();
            Assert.True(git.ExitCode == 0, $"git does not ignore {leftover}");
        }
    }

    [Fact]
    public void A_changed_byte_in_the_math_cache_makes_the_entry_missing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "blog-tests", "mathcache-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var cache = new TypesetCache(folder, "stamp");
            var key = cache.Key([new Formula("x^2", false)]);
            cache.Put(key, new TypesetPage(["<mjx-container>x²</mjx-container>"], [], [StyleUsage.None]));
            Assert.NotNull(cache.Get(key));
            cache.Save();
            Assert.NotNull(new TypesetCache(folder, "stamp").Get(key));

            // Every formula is in one file; a changed byte anywhere in it makes all of them missing (read by the next build).
            var file = Path.Combine(folder, TypesetCache.FileName);
            var original = File.ReadAllBytes(file);
            var changed = (byte[])original.Clone();
            var at = Array.LastIndexOf(changed, (byte)'x') is var i and >= 0 ? i : changed.Length - 2;
            changed[at] ^= 0x01;
            File.WriteAllBytes(file, changed);
            Assert.Null(new TypesetCache(folder, "stamp").Get(key));
            File.WriteAllBytes(file, original);
            Assert.NotNull(new TypesetCache(folder, "stamp").Get(key));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST.", true)]
    [InlineData("blog.localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("[::1]", true)]
    [InlineData("evil.example", false)]
    [InlineData("localhost.evil.example", false)]
    [InlineData("127.0.0.1.nip.io", false)]
    [InlineData("2130706433", false)]
    [InlineData("", false)]
    public void Host_names_the_preview_answers(string host, bool allowed) => Assert.Equal(allowed, HostNames.IsAllowed(host));

    [Fact]
    public async Task The_preview_refuses_a_request_for_another_host_name()
    {
        await using var preview = await PreviewSite.StartAsync();
        Assert.Equal(200, (await preview.GetAsync("/")).Status);

        using var request = new HttpRequestMessage(HttpMethod.Get, preview.Url("/"));
        request.Headers.Host = $"attacker.example:{preview.Host.Address.Port}";
        using var response = await preview.Http.SendAsync(request);
        Assert.Equal(421, (int)response.StatusCode);

        using var local = new HttpRequestMessage(HttpMethod.Get, preview.Url("/"));
        local.Headers.Host = $"localhost:{preview.Host.Address.Port}";
        using var ok = await preview.Http.SendAsync(local);
        Assert.Equal(200, (int)ok.StatusCode);
    }
}
