using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Site.LinkCheck;

/// <summary>
/// The last check of a build, before it is published: every link, image, script, stylesheet,
/// fragment, equation reference, feed and sitemap URL must point at something the build makes.
/// A broken one is an error naming the Markdown file, line and column it was written at (or the theme
/// layout that wrote it, once for all its pages), and the target. External links are collected for <c>check --external</c>, never fetched.
/// </summary>
/// <param name="copiedFiles">Output paths written by Output-phase copies (MathJax), which no document stands for.</param>
public sealed class CheckLinks(string[] pipelines, string baseUrl, Func<IEnumerable<string>> copiedFiles) : IModule
{
    /// <summary>
    /// Paths a tool's server answers itself, never files of the site: the preview server's live-reload
    /// script and event stream. Links there are not checked.
    /// </summary>
    public static readonly string[] ServedByTools = ["/__preview/"];

    private static readonly ConditionalWeakTable<string, ScannedPage> HtmlScans = new();

    /// <summary>
    /// What the check derived from a page's scan alone: its ids, its links resolved against its URL,
    /// its equation-reference problems. The preview keeps unchanged pages (and so their scans)
    /// between builds, so a rebuild resolves only the links of the pages that changed; the lookups
    /// against the site's files and ids, which other pages' changes can break, are made every time.
    /// </summary>
    private static readonly ConditionalWeakTable<ScannedPage, Derived> DerivedFromScan = new();

    private sealed class Derived
    {
        public HashSet<string>? Ids;
        /// <summary>One object, so that a reader on another thread never sees one write's key with another's links.</summary>
        public ResolvedLinks? Resolved;
    }

    private sealed record ResolvedLinks(string Page, PageLinks Links);

    private readonly Uri _base = new(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var documents = pipelines.SelectMany(context.OutputsOf).Where(d => d.Destination is not null).ToList();
        var files = new HashSet<string>(documents.Select(d => d.Destination!), StringComparer.Ordinal);
        files.UnionWith(copiedFiles());
        var folders = new HashSet<string>(files.SelectMany(Folders), StringComparer.Ordinal);

        var scans = new ConcurrentDictionary<string, Scanned>(StringComparer.Ordinal);
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism },
            d => scans[d.Destination!] = Scan(d, context.Diagnostics));
        var ids = scans.Where(s => s.Value.Html is not null).ToDictionary(s => s.Key, s => IdsOf(s.Value.Html!), StringComparer.Ordinal);

        var report = new Report(context.Diagnostics);
        // Written pages first. Generated files (lists with excerpts, the feed, the sitemap) repeat
        // their links, so a broken one is reported once, where it was written.
        var ordered = documents.OrderBy(IsGenerated).ToList();
        // Resolving URLs is the costly part: done for all pages in parallel, then reported in order.
        var resolved = new PageLinks[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var doc = ordered[i];
            var scan = scans[doc.Destination!];
            resolved[i] = scan.Html is not null ? LinksOf(scan.Html, doc) : Resolve(doc, scan);
        });
        for (var i = 0; i < ordered.Count; i++)
        {
            var doc = ordered[i];
            foreach (var (found, target) in resolved[i].Links) Check(doc, found, target, files, folders, ids, report);
            foreach (var (line, message, hint) in resolved[i].Equations) report.Error(Origin(doc), line, 0, message, hint);
        }
        // Given to the build's log before it looks at the errors: check --external lists them either way.
        context.TryGet<ExternalLinkLog>()?.Set(report.External);
        return Task.FromResult(inputs);
    }

    /// <summary>A page's links resolved against its URL, and its equation-reference problems.</summary>
    private PageLinks Resolve(Document doc, Scanned scan)
    {
        var page = new Uri(_base, Escape(PageName(doc).TrimStart('/')));
        var links = scan.Links.Where(l => !ServedByTools.Any(p => l.Url.StartsWith(p, StringComparison.Ordinal)))
            .Select(link => (IsGenerated(doc) ? link with { Line = 0 } : link, LinkTarget.Resolve(link.Url, page, _base))) // a line in an excerpt is in another file
            .ToList();
        var equations = scan.Html is not null && doc.Has(BlogKeys.Entry) ? EquationLabels.Check(scan.Html.Math).ToList() : [];
        return new PageLinks(links, equations);
    }

    /// <summary>What resolving a page's links depends on besides its scan: the base URL, its URL, whether it is generated, whether it is a post or page.</summary>
    private string PageKey(Document doc) => $"{_base}\n{PageName(doc)}\n{IsGenerated(doc)}\n{doc.Has(BlogKeys.Entry)}";

    /// <summary>The page's ids, made once per scan.</summary>
    private static HashSet<string> IdsOf(ScannedPage html)
    {
        var derived = DerivedFromScan.GetValue(html, _ => new Derived());
        return derived.Ids ??= Ids(html);
    }

    /// <summary>The page's resolved links, made once per scan and page key.</summary>
    private PageLinks LinksOf(ScannedPage html, Document doc)
    {
        var derived = DerivedFromScan.GetValue(html, _ => new Derived());
        var key = PageKey(doc);
        if (Volatile.Read(ref derived.Resolved) is { } known && known.Page == key) return known.Links;
        var links = Resolve(doc, new Scanned(html, html.Links));
        Volatile.Write(ref derived.Resolved, new ResolvedLinks(key, links));
        return links;
    }

    private void Check(Document doc, FoundLink link, LinkTarget target, HashSet<string> files, HashSet<string> folders,
        Dictionary<string, HashSet<string>> ids, Report report)
    {
        string? problem = null, hint = null, key = link.Url;
        switch (target)
        {
            case LinkTarget.Invalid:
                problem = "it is not a valid URL";
                break;
            case LinkTarget.OutsideBase(var path):
                key = "outside:" + path;
                problem = $"it points to '{path}', outside the site's base path '{_base.AbsolutePath}', and breaks when the site is served from {_base}";
                hint = "In Markdown, write site paths such as '/2019/11/x/' (the base path is added) or relative links; in the theme, use site.base_path or the *_url values.";
                break;
            case LinkTarget.External(var url) when !IsGenerated(doc):
                report.External.Add(new ExternalLink(url, Origin(doc, link), link.Line));
                break;
            case LinkTarget.Internal(var path, _) when link.IsFolder:
                if (!folders.Contains(path)) problem = $"the site has no folder '/{path}'";
                break;
            case LinkTarget.Internal(var path, var fragment):
                var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                key = file + "#" + fragment;
                if (!files.Contains(file))
                {
                    if (!files.Contains(file + "/index.html")) { problem = $"the site has no page or file '/{path}'"; break; }
                    file += "/index.html"; // GitHub Pages redirects /x to /x/
                }
                if (fragment.Length > 0 && fragment != "top" && ids.TryGetValue(file, out var targets) && !targets.Contains(fragment))
                {
                    problem = $"page '/{path}' has no element with id '{fragment}'";
                    hint = "Heading ids are made from the heading text; equation anchors (mjx-eqn:…) from \\label.";
                }
                break;
        }
        if (problem is null) return;
        // A link the theme writes on every page (or a list repeats) is reported once, where it was first found.
        if (!report.Broken.Add(key) && (IsGenerated(doc) || link.InTemplate)) return;
        var written = link.InTemplate ? " (written by the theme's templates, not the Markdown)" : "";
        if (link.InTemplate) hint = (hint is null ? "" : hint + " ") + "Look in this layout, the base layout (theme/layouts/base.sbn-html) and the partials they include.";
        report.Error(Origin(doc, link), link.Line, link.Column, $"Broken link '{link.Url}' on {PageName(doc)}{written}: {problem}.", hint);
    }

    /// <summary>
    /// The scan of a page's HTML (<paramref name="html"/>, the page <paramref name="doc"/> holds), kept while the
    /// string lives: the preview server keeps unchanged pages between builds, so their scan is reused, and dropped with the page.
    /// </summary>
    public static ScannedPage ScanHtml(Document doc, string html) => HtmlScans.GetValue(html, h => ScannedPage.Of(doc, h));

    private static Scanned Scan(Document doc, DiagnosticBag diagnostics)
    {
        var destination = doc.Destination!;
        if (destination.EndsWith(".html", StringComparison.Ordinal) && ScanLinks.Of(doc) is { } scanned) return new Scanned(scanned, scanned.Links);
        var text = doc.Bytes is { } bytes ? Encoding.UTF8.GetString(bytes) : doc.Content;
        if (destination.EndsWith(".html", StringComparison.Ordinal))
        {
            // Pages were scanned as they were rendered (ScanLinks); anything else is scanned now.
            var html = doc.Bytes is null ? ScanHtml(doc, doc.Content) : ScannedPage.Of(doc, text);
            return new Scanned(html, html.Links);
        }
        if (destination.EndsWith(".css", StringComparison.Ordinal)) return new Scanned(null, CssScan.Of(text));
        if (destination == "robots.txt") return new Scanned(null, XmlScan.OfRobots(text));
        if (destination.EndsWith(".xml", StringComparison.Ordinal))
        {
            var links = XmlScan.Of(text);
            if (links is null) diagnostics.Add(Diagnostic.Error(Origin(doc), 0, 0, $"{destination} is not well-formed XML."));
            return new Scanned(null, links ?? []);
        }
        return new Scanned(null, []);
    }

    /// <summary>Element ids, plus the anchors MathJax will create for the page's equation labels.</summary>
    private static HashSet<string> Ids(ScannedPage html)
    {
        var ids = new HashSet<string>(html.Ids, StringComparer.Ordinal);
        ids.UnionWith(EquationLabels.Labels(html.Math).Select(l => EquationLabels.AnchorId(l.Label)));
        return ids;
    }

    /// <summary>"a/b/c.js" → "a/", "a/b/".</summary>
    private static IEnumerable<string> Folders(string file)
    {
        for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1)) yield return file[..(slash + 1)];
    }

    private static bool IsGenerated(Document doc) => doc.Source.Length == 0;

    /// <summary>The file to fix for <paramref name="link"/>: the theme's layout when its templates wrote it, else the page's <see cref="Origin(Document)"/>.</summary>
    private static string Origin(Document doc, FoundLink link) =>
        link.InTemplate && doc.Get<Entry>(BlogKeys.Entry) is { } entry ? $"theme/layouts/{entry.Layout}.sbn-html" : Origin(doc);

    /// <summary>The file to fix: the Markdown source, else the theme layout that made the page, else the output file.</summary>
    private static string Origin(Document doc) =>
        doc.Source.Length > 0 ? doc.Source
        : doc.Get<string>("layout") is { } layout ? $"theme/layouts/{layout}.sbn-html"
        : doc.Destination!;

    private static string PageName(Document doc) => "/" + (doc.Destination!.EndsWith("index.html", StringComparison.Ordinal)
        ? doc.Destination[..^"index.html".Length]
        : doc.Destination);

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private sealed record Scanned(ScannedPage? Html, IReadOnlyList<FoundLink> Links);

    /// <summary>A page's links with where each points, and its equation-reference problems as (line, message, hint).</summary>
    private sealed record PageLinks(List<(FoundLink Link, LinkTarget Target)> Links, List<(int Line, string Message, string? Hint)> Equations);

    private sealed class Report(DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> _reported = [];
        public HashSet<string> Broken { get; } = [];
        public List<ExternalLink> External { get; } = [];

        public void Error(string file, int line, int column, string message, string? hint)
        {
            if (_reported.Add($"{file}|{line}|{column}|{message}")) diagnostics.Add(Diagnostic.Error(file, line, column, message, hint));
        }
    }
}
