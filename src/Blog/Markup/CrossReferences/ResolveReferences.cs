using System.Net;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;

using Blog.Markup.FencedDivs;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Runs after every page is processed (PostProcess): builds the site-wide index of anchors from
/// what each page defined, and puts each reference's link ("定理 2", "《Title》推论 1") in place of
/// its token in the page's HTML, excerpt and plain text. An unknown reference is an error at its
/// file, line and column, with the nearest ids as a hint; so is a slug two pages share.
/// </summary>
/// <param name="link">Turns a site path into the link to write (the base path added).</param>
/// <param name="pipelines">The pipelines whose pages can be referred to (posts and pages).</param>
public sealed class ResolveReferences(ReferenceNames names, Func<string, string> link, string[] pipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var index = SiteAnchors.Of(pipelines.SelectMany(context.OutputsOf));
        // When posts or pages failed, their anchors are missing: a reference to another page is then not
        // reported as unknown (the build fails anyway, with the real error).
        var partial = pipelines.Any(context.HasFailed);
        var outputs = inputs.Select(doc => Resolve(doc, index, context.Diagnostics, partial)).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>
    /// The last result per processed document (the preview keeps an unchanged post's document
    /// between builds): when every reference resolves to the same link and words as last time, the
    /// same output is given back, so the page's HTML stays the same instance and the caches keyed on
    /// it (rendered pages, link scans, the feed's MathML) hold.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Resolved> Last = new();

    private sealed record Resolved(string Replacements, Document Output);

    private Document Resolve(Document doc, SiteAnchors index, DiagnosticBag diagnostics, bool partial)
    {
        if (doc.Get<PageAnchors>(PageAnchors.Key) is not { References.Count: > 0 } page || doc.Get<Entry>(BlogKeys.Entry) is not { } entry) return doc;
        var replacements = new List<(string Token, string Html, string Words)>(page.References.Count * 2);
        var hrefs = new Dictionary<int, string>();
        var failed = false;
        foreach (var reference in page.References)
        {
            var (target, anchor, problem, hint) = Find(reference, entry, page, index);
            if (problem is not null)
            {
                if (!(partial && reference.Slug is not null))
                    diagnostics.Add(Diagnostic.Error(entry.SourceFile, reference.Line, reference.Column, problem, hint));
                failed = true;
                continue;
            }
            var words = Text(reference, anchor!, target, entry.SourceFile);
            var href = (target!.SourceFile == entry.SourceFile ? "" : link(target.Permalink)) + "#" + anchor!.Fragment;
            hrefs[reference.Index] = href;
            replacements.Add((ReferenceTokens.Of(reference.Index), $"<a class=\"xref\" href=\"{WebUtility.HtmlEncode(href)}\" data-preview=\"{anchor.Kind}\">{WebUtility.HtmlEncode(words)}</a>", words));
            replacements.Add((ReferenceTokens.WordsOf(reference.Index), WebUtility.HtmlEncode(words), words)); // inside another link's text
        }
        var signature = string.Join("\u0001", replacements.Select(r => r.Token + "\u0002" + r.Html + "\u0002" + r.Words));
        if (!failed && Last.TryGetValue(doc, out var last) && last.Replacements == signature) return last.Output;
        var html = HtmlKeys.ToDictionary(k => k, k => doc.Get<string>(k) ?? "");
        var text = TextKeys.ToDictionary(k => k, k => doc.Get<string>(k) ?? "");
        foreach (var (token, anchorHtml, words) in replacements)
        {
            foreach (var key in HtmlKeys) html[key] = html[key].Replace(token, anchorHtml, StringComparison.Ordinal);
            foreach (var key in TextKeys) text[key] = text[key].Replace(token, words, StringComparison.Ordinal);
        }
        // A description cut to length may end inside a token: drop what is left of it.
        if (text[BlogKeys.Description].LastIndexOf(ReferenceTokens.Open) is >= 0 and var cut && text[BlogKeys.Description].IndexOf(ReferenceTokens.Close, cut) < 0)
            text[BlogKeys.Description] = text[BlogKeys.Description][..cut].TrimEnd() + "…";
        var output = doc.With([.. html.Select(h => new KeyValuePair<string, object?>(h.Key, h.Value)), .. text.Select(t => new KeyValuePair<string, object?>(t.Key, t.Value)),
            new(ReferenceLinks.Key, new ReferenceLinks(hrefs))]);
        if (!failed) Last.AddOrUpdate(doc, new Resolved(signature, output));
        return output;
    }

    /// <summary>The page's derived forms a reference's token can be in: HTML ones get the link, text ones its words.</summary>
    private static readonly string[] HtmlKeys = [BlogKeys.Html, BlogKeys.ExcerptHtml, BlogKeys.TitleHtml, BlogKeys.SummaryHtml];
    private static readonly string[] TextKeys = [BlogKeys.PlainText, BlogKeys.TitleText, BlogKeys.SummaryText, BlogKeys.Description];

    /// <summary>The page and anchor a reference points at, or the problem with it.</summary>
    private static (Entry? Target, Anchor? Anchor, string? Problem, string? Hint) Find(PendingReference reference, Entry entry, PageAnchors page, SiteAnchors index)
    {
        if (reference.Slug is null)
        {
            if (page.Anchors.FirstOrDefault(a => a.Id == reference.Id) is { } here) return Numbered(reference, entry, here);
            var elsewhere = index.PagesDefining(reference.Id).Where(p => p.SourceFile != entry.SourceFile).ToList();
            return (null, null, $"{reference.Written} refers to nothing on this page.",
                elsewhere.Count > 0
                    ? $"It is defined in another post: write {string.Join(" or ", elsewhere.Select(p => "@" + p.Slug + "/" + reference.Id))}."
                    : Nearest(reference.Id, page.Anchors));
        }
        var pages = index.BySlug(reference.Slug);
        if (pages.Count == 0)
            return (null, null, $"{reference.Written}: no post or page has the slug '{reference.Slug}'.",
                index.NearestSlugs(reference.Slug) is { Count: > 0 } slugs ? $"Did you mean {string.Join(", ", slugs)}?" : "The slug is the last part of the post's URL (its file name, or 'slug:' in its front matter).");
        if (pages.Count > 1)
            return (null, null, $"{reference.Written} is ambiguous: {pages.Count} pages have the slug '{reference.Slug}' ({string.Join(", ", pages.Select(p => p.Entry.SourceFile))}).",
                "Give one of them another slug ('slug:' in its front matter).");
        var (target, anchors) = pages[0];
        if (anchors.Anchors.FirstOrDefault(a => a.Id == reference.Id) is { } there) return Numbered(reference, target, there);
        return (null, null, $"{reference.Written}: '{target.Title}' ({target.SourceFile}) has no '{reference.Id}'.", Nearest(reference.Id, anchors.Anchors));
    }

    private static (Entry?, Anchor?, string?, string?) Numbered(PendingReference reference, Entry target, Anchor anchor) =>
        anchor.Kind == "eq" && anchor.Number is null
            ? (null, null, $"{reference.Written} refers to \\label{{{anchor.Id}}} (line {anchor.Line} of {target.SourceFile}), an equation without a number.",
                "Number it: put it in an equation or align environment (not the starred form), or give it a \\tag{…}.")
            : (target, anchor, null, null);

    private string Text(PendingReference reference, Anchor anchor, Entry? target, string current)
    {
        var number = anchor.Number ?? anchor.Text ?? names[anchor.Kind];
        if (reference.SuppressName) return number;
        var text = anchor.Number is null ? number : names.Reference(anchor.Kind, anchor.Number, anchor.Name);
        return reference.Slug is null || target!.SourceFile == current ? text : names.CrossPost(target!.Title, text);
    }

    private static string Nearest(string id, IReadOnlyList<Anchor> anchors)
    {
        var near = Suggestions.Nearest(id, anchors.Select(a => a.Id));
        if (near.Count > 0) return $"Did you mean {string.Join(", ", near.Select(n => "@" + n))}?";
        return anchors.Count == 0
            ? "That page defines no ids: give a theorem {#thm-…}, a heading {#sec-…}, an equation \\label{eq-…}, or a compute block //| label: fig-…."
            : $"Ids there: {string.Join(", ", anchors.Select(a => a.Id).Take(12))}.";
    }
}
