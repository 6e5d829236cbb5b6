using AngleSharp.Html;
using Blog.Tests.Support;

namespace Blog.Tests.Golden;

/// <summary>
/// Readable snapshots of the articles of a small fixture site written here (math, citations, notes,
/// cross-references, contents, theorems), beside the sample blog's byte digest: each post's
/// <c>article</c>, pretty-printed, against <c>Golden/articles/&lt;slug&gt;.html</c>, so a change shows as a
/// diff to review in the commit that makes it. <c>GOLDEN_UPDATE=1</c> writes the new files and fails, so
/// an update never passes by itself.
/// </summary>
public sealed class ArticleSnapshotTests
{
    private static string Folder => Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests", "Golden", "articles");

    private const string Bib = """
        @book{knuth84,
          author = {Knuth, Donald E.}, title = {The {TeX}book}, publisher = {Addison-Wesley}, year = {1984},
        }

        @article{zhang2019,
          author = {张三 and 李四 and 王五}, title = {深度学习中的信息瓶颈}, journal = {计算机学报}, year = {2019},
        }
        """;

    private static readonly Dictionary<string, string> Posts = new()
    {
        ["math-and-references"] = """
            ---
            title: Equations and theorems
            date: 2020-01-01
            slug: math-and-references
            toc: true
            ---

            ## Energy {#sec-energy}

            $$
            E = mc^2
            $$ {#eq-energy}

            ::: {#thm-a}
            ### Mass
            By @eq-energy, $m = E/c^2$.
            :::

            See @thm-a in @sec-energy.
            """,
        ["citations-and-notes"] = """
            ---
            title: Citing [@knuth84]
            date: 2020-01-02
            slug: citations-and-notes
            toc: true
            ---

            ## Sources [@zhang2019]

            As @knuth84 [p. 3] shows^[An inline note with $x^2$ and [@zhang2019, 页 7].], and a note[^a].

            [^a]: A referenced note.
            """,
    };

    [Fact]
    public async Task Articles_match_their_snapshots()
    {
        using var site = TestSite.Empty();
        site.Settings(s =>
        {
            s["math"]!["render"] = "client";
            s["language"] = "en";
            s["bibliography"] = new System.Text.Json.Nodes.JsonArray("refs.bib");
        });
        site.WriteFile("input/refs.bib", Bib);
        foreach (var (slug, text) in Posts) site.WriteFile($"input/posts/{slug}.md", text);
        await site.BuildOkAsync();

        var update = Environment.GetEnvironmentVariable("GOLDEN_UPDATE") == "1";
        var differences = new List<string>();
        foreach (var slug in Posts.Keys.Order(StringComparer.Ordinal))
        {
            var article = site.Html($"2020/01/{slug}/").QuerySelector("article") ?? throw new Xunit.Sdk.XunitException($"{slug}: no <article>");
            var actual = Pretty(article);
            var path = Path.Combine(Folder, slug + ".html");
            if (update) File.WriteAllText(path, actual);
            else if (!File.Exists(path)) differences.Add($"{slug}: no snapshot {path}");
            else if (File.ReadAllText(path).ReplaceLineEndings("\n") != actual) differences.Add($"{slug}: differs from {path}:\n{actual}");
        }
        Assert.False(update, "GOLDEN_UPDATE=1 wrote the snapshots under tests/Blog.Tests/Golden/articles; review the diff, commit, and run again without it.");
        Assert.True(differences.Count == 0, string.Join("\n\n", differences) + "\nIf the change is deliberate, run with GOLDEN_UPDATE=1 and review the diff.");
    }

    /// <summary>The element's HTML, one tag a line, indented (AngleSharp's pretty formatter), with "\n" line ends.</summary>
    private static string Pretty(AngleSharp.Dom.IElement element)
    {
        var writer = new StringWriter { NewLine = "\n" };
        element.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString().TrimEnd() + "\n";
    }
}
