using System.Globalization;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.FencedDivs;
using Blog.Markup.Formulas;
using Blog.Pipelines;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Numbers one page in reading order, on its syntax tree: sections (<c>number-sections</c>),
/// theorem-like blocks (per kind, one shared counter, or per section as "2.3"), equations as
/// MathJax numbers them, and the figures and tables of compute blocks; gives each reference its
/// token index, puts the table of contents in, and lists what the page defines and refers to.
/// </summary>
public static class PageNumbering
{
    public static PageAnchors Apply(MarkdownDocument document, Document page, CrossrefSettings site, (string Figure, string Table) words)
    {
        var entry = page.Get<Entry>(BlogKeys.Entry);
        var file = entry?.SourceFile ?? page.Source;
        var options = Options(site, entry);
        var names = TakeNameHeadings(document);
        var anchors = new List<Anchor>();
        var byId = new Dictionary<string, Anchor>(StringComparer.Ordinal);
        var references = new List<PendingReference>();
        void Define(Anchor anchor)
        {
            if (byId.TryGetValue(anchor.Id, out var first))
                throw new DiagnosticException(Diagnostic.Error(file, anchor.Line, 1,
                    $"The id '{anchor.Id}' is defined twice on this page (first on line {first.Line}).", "Give each theorem, section and equation its own id."));
            byId[anchor.Id] = anchor;
            anchors.Add(anchor);
        }

        var headings = document.Descendants<HeadingBlock>().ToList();
        var top = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        var sections = new int[7];
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var equations = new EquationNumbers();
        var nodes = document.Descendants().Concat(names.SelectMany(h => h.Inline?.Descendants() ?? []))
            .Where(n => n is HeadingBlock or FencedDiv or MathBlock or MathInline or CrossReference)
            .OrderBy(n => n.Span.Start).ToList();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case HeadingBlock heading:
                    // {#sec-x .unnumbered} was read when the heading was parsed (Markup/Headings).
                    var unnumbered = heading.GetAttributes().Classes?.Contains("unnumbered") == true;
                    string? number = null;
                    if (!unnumbered)
                    {
                        sections[heading.Level]++;
                        for (var l = heading.Level + 1; l < sections.Length; l++) sections[l] = 0;
                        number = string.Join('.', sections[top..(heading.Level + 1)]);
                        if (heading.Level == top && options.BySection) counters.Clear();
                        if (options.NumberSections) Prepend(heading, number);
                    }
                    if (heading.GetAttributes().Id is { } id && id.StartsWith("sec-", StringComparison.Ordinal))
                        Define(new Anchor(id, "sec", options.NumberSections ? number : null, id, heading.Line + 1, Text.PlainText.Of((Markdig.Syntax.MarkdownObject?)heading.Inline ?? heading)));
                    break;
                case FencedDiv div:
                    div.EquationsBefore = equations.Count;
                    if (div.Kind is { IsNumbered: true } kind && !div.Attributes.HasClass("unnumbered"))
                    {
                        var key = options.SharedCounter ? "" : kind.Key;
                        counters[key] = counters.GetValueOrDefault(key) + 1;
                        div.Number = options.BySection
                            ? sections[top].ToString(CultureInfo.InvariantCulture) + "." + counters[key].ToString(CultureInfo.InvariantCulture)
                            : counters[key].ToString(CultureInfo.InvariantCulture);
                    }
                    if (div.Kind is { } k && div.Attributes.Id is { } divId)
                        Define(new Anchor(divId, k.Key, div.Number, divId, div.Line + 1));
                    break;
                case MathBlock block when block.Kind != MathKind.Inline:
                    DefineEquations(equations.Add(block.Tex), block.Line + 1);
                    break;
                case MathInline math when math.Kind != MathKind.Inline:
                    DefineEquations(equations.Add(math.Tex), math.Line + 1);
                    break;
                case CrossReference reference:
                    reference.Index = references.Count;
                    references.Add(new PendingReference(reference.Index, reference.Slug, reference.Id, reference.SuppressName, reference.Line + 1, reference.Column + 1));
                    break;
            }
        }
        void DefineEquations(IReadOnlyList<(string Label, string? Tag)> labels, int line)
        {
            foreach (var (label, tag) in labels.Where(l => l.Label.StartsWith("eq-", StringComparison.Ordinal)))
                Define(new Anchor(label, "eq", tag, EquationNumbers.AnchorId(label), line));
        }

        // Figures and tables of compute blocks and diagrams: numbered from the tree, as their captions are
        // (no block needs to run), one figure counter for both.
        var compute = ComputePage.Find(document, file);
        foreach (var label in compute.Labels.Values.OrderBy(l => l.Number))
            Define(new Anchor(label.Label, label.IsFigure ? "fig" : "tbl", label.Number.ToString(CultureInfo.InvariantCulture), label.Label,
                label.Line, Name: label.IsFigure ? words.Figure : words.Table));
        foreach (var figure in document.Descendants().OfType<IFigureBlock>())
            figure.FigureNumber = figure.FigureLabel is { } l && compute.Labels.TryGetValue(l, out var n) ? n.Number.ToString(CultureInfo.InvariantCulture) : null;

        if (options.Toc && headings.Count > 0) document.Insert(0, new TocBlock { Headings = headings, Line = headings[0].Line });
        return new PageAnchors(anchors, references);
    }

    /// <summary>
    /// A first heading of a theorem, proof or callout is its name, not a section: take it out of the body
    /// (it wins over a name attribute). Returns every block's name, whose references and equations count
    /// in page order like the body's.
    /// </summary>
    private static List<LeafBlock> TakeNameHeadings(MarkdownDocument document)
    {
        var names = new List<LeafBlock>();
        foreach (var div in document.Descendants<FencedDiv>().ToList())
        {
            if (div.Kind is not null && div.Count > 0 && div[0] is HeadingBlock heading)
            {
                div.RemoveAt(0);
                div.NameBlock = heading;
            }
            if (div.NameBlock is { } name) names.Add(name);
        }
        return names;
    }

    /// <summary>"1.2 " in front of a heading's text.</summary>
    private static void Prepend(HeadingBlock heading, string number)
    {
        var span = new HtmlInline($"<span class=\"header-section-number\">{number}</span> ");
        if (heading.Inline?.FirstChild is { } first) first.InsertBefore(span);
        else heading.Inline?.AppendChild(span);
    }

    /// <summary>The site's settings with the post's front matter (<c>toc</c>, <c>number-sections</c>, …) over them.</summary>
    public static CrossrefSettings Options(CrossrefSettings site, Entry? entry)
    {
        if (entry is null) return site;
        bool Flag(string key, bool fallback)
        {
            if (!entry.Extra.TryGetValue(key, out var value) || value is null) return fallback;
            return value.ToString()?.Trim().ToLowerInvariant() switch
            {
                "true" or "yes" => true,
                "false" or "no" => false,
                _ => throw new DiagnosticException(Diagnostic.Error(entry.SourceFile, entry.FrontMatterLine(key), 1,
                    $"'{key}: {value}' is not true or false.", $"Write '{key}: true' or '{key}: false'.")),
            };
        }
        return new CrossrefSettings
        {
            Toc = Flag("toc", site.Toc),
            NumberSections = Flag("number-sections", site.NumberSections),
            SharedCounter = Flag("shared-counter", site.SharedCounter),
            BySection = Flag("number-by-section", site.BySection),
        };
    }
}
