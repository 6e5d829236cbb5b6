using System.Collections.Concurrent;
using Blog.Tests.Support;

namespace Blog.Tests.Specs;

/// <summary>
/// Renders the examples of a spec file as a reader gets them: each example is one post of a small site
/// (client-mode math, English, the bibliography <c>Specs/references.bib</c>), the site is built once per
/// file with every stage (page numbering, compute blocks run in their workers, citations formatted by
/// citeproc-js, references resolved site-wide), and an example's HTML is its post's <c>.post-body</c>.
/// Example <c>n</c> is the post with the slug <c>e{n}</c> (so an example may refer to another as
/// <c>@e1/thm-a</c>); its Markdown starts on line 7 of its file, after the front matter. The HTML is AngleSharp's
/// serialization of the body (<c>&lt;hr&gt;</c> for <c>&lt;hr /&gt;</c>), so it does not depend on how a renderer spaces its tags.
/// </summary>
internal static class SpecSite
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyDictionary<int, string>>>> Built = new();

    /// <summary>The article body of every example of <paramref name="file"/>, by example number; the site is built on the first call.</summary>
    public static Task<IReadOnlyDictionary<int, string>> BodiesAsync(string file) =>
        Built.GetOrAdd(file, f => new(() => BuildAsync(f))).Value;

    private static async Task<IReadOnlyDictionary<int, string>> BuildAsync(string file)
    {
        using var site = TestSite.Empty();
        site.Settings(s =>
        {
            s["math"]!["render"] = "client";
            s["language"] = "en";
            s["bibliography"] = new System.Text.Json.Nodes.JsonArray("refs.bib");
        });
        site.WriteFile("input/refs.bib", File.ReadAllText(SpecFile.PathOf("references.bib")));
        var examples = SpecFile.Load(file);
        foreach (var example in examples)
            site.WriteFile($"input/posts/e{example.Number}.md",
                $"---\ntitle: Example {example.Number}\ndate: 2020-01-01\nslug: e{example.Number}\n---\n\n{example.Markdown}");
        await site.BuildOkAsync();
        return examples.ToDictionary(e => e.Number,
            e => site.Html($"2020/01/e{e.Number}/index.html").QuerySelector(".post-body")!.InnerHtml.Trim('\n', ' '));
    }
}
