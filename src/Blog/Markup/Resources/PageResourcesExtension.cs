using Blog.Markup.Parsing;
using Blog.Content;
using Blog.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Resources;

/// <summary>
/// Files beside a post (Hugo's page bundles): a relative link or image such as <c>![](fig.png)</c> or
/// <c>![](x/fig.png)</c> that names a file next to the Markdown file becomes a resource of the page,
/// copied beside its output page (under its permalink folder), and the link is rewritten to that
/// copy's site path with the base path (so it also works in excerpts, feeds and under <c>/repo/</c>).
/// A leaf bundle, <c>x/index.md</c>, also takes every other non-Markdown file of its folder and
/// subfolders, linked or not. A link to a file that is not there is an error at its line and column.
/// Links that leave the Markdown file's folder (<c>../</c>), name a page (<c>.md</c>, <c>.html</c>,
/// a folder) or carry a scheme are left to the link checker.
/// </summary>
/// <param name="siteRoot">The site root, which documents' <see cref="Pipelines.Document.Source"/> paths are relative to.</param>
/// <param name="link">Turns a site path into the link to write (<see cref="Urls.Link"/>).</param>
public sealed class PageResourcesExtension(string siteRoot, Func<string, string> link) : IMarkdownExtension, IPageProcessor
{
    /// <summary>Metadata key of a page's <see cref="IReadOnlyList{PageResource}"/>.</summary>
    public const string Key = "resources";

    private static readonly object DataKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    public void Process(MarkdownDocument tree, Pipelines.Document page)
    {
        if (page.Source.Length == 0 || page.Get<Entry>(BlogKeys.Entry) is not { } entry) return;
        var relative = page.Get<string>(Pipelines.Keys.RelativePath) ?? "";
        var bundle = new PageBundle(Path.GetFullPath(Path.Combine(siteRoot, page.Source)), page.Source, entry.Permalink, Slugs.IsLeafBundle(relative));
        tree.SetData(DataKey, bundle);
        Rewrite(tree, bundle);
        if (bundle.IsLeaf) bundle.AddFolderFiles();
    }

    public void ProcessOtherTrees(MarkdownDocument body, IReadOnlyList<Block?> others)
    {
        if (body.GetData(DataKey) is not PageBundle bundle) return;
        foreach (var other in others)
            if (other is not null) Rewrite(other, bundle);
    }

    public IEnumerable<KeyValuePair<string, object?>> Metadata(MarkdownDocument tree) =>
        tree.GetData(DataKey) is PageBundle { Resources.Count: > 0 } bundle
            ? [new(Key, (IReadOnlyList<PageResource>)[.. bundle.Resources.Values])]
            : [];

    private void Rewrite(MarkdownObject tree, PageBundle bundle)
    {
        foreach (var inline in tree.Descendants<LinkInline>())
        {
            if (BundleLink.Parse(inline.Url) is not { } target) continue;
            var line = inline.Line + 1;
            var column = inline.Column + 1;
            var resource = bundle.Resolve(target.Path, line, column);
            if (resource is null) continue;
            if (!File.Exists(resource.File))
                throw new DiagnosticException(Diagnostic.Error(bundle.Page, line, column,
                    $"'{inline.Url}' names a file beside the post, but {bundle.Display(resource.File)} does not exist.",
                    "Put the file next to the Markdown file (beside x.md, or inside the folder of x/index.md), or correct its name (names are case-sensitive)."));
            inline.Url = link("/" + resource.Destination) + target.Suffix;
        }
    }
}
