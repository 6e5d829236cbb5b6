using System.Globalization;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Blog.Typesetting;

namespace Blog.Site.LinkCheck;

/// <summary>
/// What the link checker needs from one HTML page: the ids it defines (fragment targets), the URLs
/// it refers to, and the TeX of its formulas.
/// </summary>
/// <remarks>
/// Read in one pass of AngleSharp's HTML tokenizer (WHATWG HTML §13.2.5), without building a DOM:
/// building the tree cost as much as rendering the page and ran on every page of every build. What
/// the tree gave is kept by a stack of open elements: the Markdown line of a link is the nearest
/// <c>data-line</c> at or above it, and a formula's text is what lies between its tags. The
/// tokenizer is switched to the text modes the tree builder would choose (§13.2.6.4.7: script,
/// RAWTEXT, RCDATA), so a <c>&lt;</c> inside a script is never read as a tag, and the content of a
/// <c>&lt;template&gt;</c> is skipped, as it is not part of the document.
/// </remarks>
public sealed record HtmlScan(IReadOnlySet<string> Ids, IReadOnlyList<FoundLink> Links, IReadOnlyList<MathSource> Math)
{
    // Attributes that load or link to something, by element; srcset lists several URLs.
    private static readonly Dictionary<string, string[]> UrlAttributes = new()
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"], ["img"] = ["src", "srcset"], ["script"] = ["src"],
        ["iframe"] = ["src"], ["video"] = ["src", "poster"], ["audio"] = ["src"], ["source"] = ["src", "srcset"],
        ["track"] = ["src"], ["embed"] = ["src"], ["object"] = ["data"],
    };

    // Open Graph and Twitter tags whose content is a URL.
    private static readonly HashSet<string> UrlMeta = ["og:url", "og:image", "twitter:image"];

    // Resource hints name an origin, not a file.
    private static readonly HashSet<string> HintRels = ["preconnect", "dns-prefetch"];

    // Elements that never have content (§13.1.2): no end tag, so they are never open.
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
         "basefont", "bgsound", "frame", "keygen", "param"];

    // The tokenizer state the tree builder sets after these start tags (HTML elements only).
    private static readonly Dictionary<string, HtmlParseMode> TextModes = new()
    {
        ["script"] = HtmlParseMode.Script, ["style"] = HtmlParseMode.Rawtext, ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext, ["noembed"] = HtmlParseMode.Rawtext, ["noframes"] = HtmlParseMode.Rawtext,
        ["title"] = HtmlParseMode.RCData, ["textarea"] = HtmlParseMode.RCData, ["plaintext"] = HtmlParseMode.Plaintext,
    };

    // Start tags that end an open element without its end tag (§13.2.6.4.7 "in body"), with the
    // elements that bound the search: a new <li> ends the open <li> of the same list, not of an outer one.
    private static readonly string[] ParagraphEnders =
        ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
         "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
         "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing", "plaintext", "xmp"];

    private static readonly HashSet<string> ScopeBounds =
        ["html", "table", "td", "th", "caption", "marquee", "object", "applet", "template", "button"];

    private static readonly string[] ListBounds = ["ul", "ol", .. ScopeBounds], DefinitionBounds = ["dl", .. ScopeBounds],
        RowBounds = ["table", "template", "html"], CellBounds = ["tr", .. RowBounds];

    // Each start tag's steps, in order: close the innermost open element of that name unless a bound comes first.
    private static readonly Dictionary<string, (string End, string[] Bounds)[]> ImpliedEnds = new(
        ParagraphEnders.Where(e => e is not ("li" or "dd" or "dt"))
            .Select(e => KeyValuePair.Create(e, new[] { ("p", ScopeBounds.ToArray()) }))
            .Concat([
                KeyValuePair.Create("li", new[] { ("li", ListBounds), ("p", ScopeBounds.ToArray()) }),
                KeyValuePair.Create("dd", new[] { ("dd", DefinitionBounds), ("dt", DefinitionBounds), ("p", ScopeBounds.ToArray()) }),
                KeyValuePair.Create("dt", new[] { ("dd", DefinitionBounds), ("dt", DefinitionBounds), ("p", ScopeBounds.ToArray()) }),
                KeyValuePair.Create("tr", new[] { ("td", CellBounds), ("th", CellBounds), ("tr", RowBounds) }),
                KeyValuePair.Create("td", new[] { ("td", CellBounds), ("th", CellBounds) }),
                KeyValuePair.Create("th", new[] { ("td", CellBounds), ("th", CellBounds) }),
                KeyValuePair.Create("option", new[] { ("option", new[] { "select", "datalist", "template" }) }),
            ]));

    /// <param name="formulas">
    /// Build-time math: the table whose placeholders stand for typeset formulas in <paramref name="html"/>.
    /// A placeholder counts as its formula's CHTML (its ids, links and TeX, read once per formula), without reading it again per page.
    /// </param>
    /// <param name="origin">The file to name when a placeholder names nothing.</param>
    public static HtmlScan Of(string html, FormulaTable? formulas = null, string origin = "") => new Scanner(html, formulas, origin).Run();

    /// <summary>What a formula's CHTML adds to the page it stands in: its scan, every <c>data-latex</c> of its <c>mjx-math</c>, its text.</summary>
    private sealed record Spliced(HtmlScan Scan, IReadOnlyList<string> Latex, string Text);

    private static Spliced SplicedOf(FormulaEntry entry)
    {
        var scanner = new Scanner(entry.Html, null, "") { CollectAll = true };
        return new Spliced(scanner.Run(), scanner.AllLatex, scanner.AllText.ToString());
    }

    /// <summary>One page's pass: the open elements, and the formulas and inline scripts being read.</summary>
    private sealed class Scanner(string html, FormulaTable? formulas, string origin)
    {
        /// <summary>Read all text and every <c>data-latex</c> (a formula's own CHTML, scanned once for all its placeholders).</summary>
        public bool CollectAll { get; init; }
        public readonly List<string> AllLatex = [];
        public readonly StringBuilder AllText = new();

        private readonly HtmlTokenizer _tokenizer = new(new TextSource(html), HtmlEntityProvider.Resolver);
        private readonly List<Open> _open = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly List<FoundLink> _links = [];
        private readonly List<MathSource?> _math = [];
        private readonly List<Formula> _reading = [];
        private StringBuilder? _script;
        private int _foreign, _template;

        /// <summary>An open element: its name, the line it carries or inherits, what it collects.</summary>
        private sealed record Open(string Name, int Line, Formula? Formula, bool InlineScript, bool Foreign, bool Template);

        /// <summary>A formula element being read: its slot in page order, and what its TeX is made from.</summary>
        private sealed class Formula(int slot, int line, string? tex)
        {
            public int Slot => slot;
            public int Line => line;
            public string? Tex => tex;
            public bool HasChildElements;
            public readonly StringBuilder Text = new();
            public readonly List<string> Latex = [];
        }

        public HtmlScan Run()
        {
            for (var token = Next(); token.Type != HtmlTokenType.EndOfFile; token = Next())
            {
                switch (token.Type)
                {
                    case HtmlTokenType.StartTag:
                        StartTag(token.AsTag());
                        break;
                    case HtmlTokenType.EndTag:
                        Close(token.Name);
                        break;
                    case HtmlTokenType.Character when _template == 0:
                        foreach (var formula in _reading) formula.Text.Append(token.Data);
                        _script?.Append(token.Data);
                        if (CollectAll) AllText.Append(token.Data);
                        break;
                    case HtmlTokenType.Comment when _template == 0 && formulas is not null:
                        if (formulas.OfComment(token.Data, origin) is { } entry) Placeholder(entry.Form(SplicedOf));
                        break;
                }
            }
            while (_open.Count > 0) Pop();
            return new HtmlScan(_ids, _links, _math.Select(m => m!).ToList());
        }

        private HtmlToken Next()
        {
            // Text matters only inside a formula or an inline script: elsewhere the tokenizer skips it.
            var wanted = _reading.Count > 0 || _script is not null || CollectAll;
            _tokenizer.SkipDataText = _tokenizer.SkipRawText = _tokenizer.SkipRCDataText = _tokenizer.SkipScriptText = !wanted;
            _tokenizer.IsAcceptingCharacterData = _foreign > 0;
            return _tokenizer.Get();
        }

        private void StartTag(HtmlTagToken tag)
        {
            var name = tag.Name;
            var foreign = _foreign > 0 || name is "svg" or "math";
            var isVoid = VoidElements.Contains(name) || (foreign && tag.IsSelfClosing);
            if (_template > 0)
            {
                if (!isVoid) _open.Add(new Open(name, 0, null, false, foreign, name == "template"));
                if (!isVoid && name == "template") _template++;
                if (!isVoid && foreign) _foreign++;
                return;
            }
            if (!foreign && ImpliedEnds.TryGetValue(name, out var steps))
                foreach (var (end, bounds) in steps) EndImplied(end, bounds);
            var line = ParentLine;
            if (int.TryParse(Attribute(tag, "data-line"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var own)) line = own;

            foreach (var formula in _reading)
            {
                formula.HasChildElements = true;
                if (name == "mjx-math" && Attribute(tag, "data-latex") is { } latex) formula.Latex.Add(latex);
            }
            if (CollectAll && name == "mjx-math" && Attribute(tag, "data-latex") is { } any) AllLatex.Add(any);
            if (Attribute(tag, "id") is { Length: > 0 } id) _ids.Add(id);
            if (name == "a" && Attribute(tag, "name") is { Length: > 0 } anchor) _ids.Add(anchor);
            if (UrlAttributes.TryGetValue(name, out var attributes) && !IsResourceHint(tag))
            {
                foreach (var attribute in attributes)
                {
                    if (Attribute(tag, attribute) is not { } value) continue;
                    if (attribute == "srcset") _links.AddRange(SrcsetUrls(value).Select(u => new FoundLink(u.Trim(), line)));
                    else _links.Add(new FoundLink(value.Trim(), line));
                }
            }
            if (name == "meta" && UrlMeta.Contains(Attribute(tag, "property") ?? Attribute(tag, "name") ?? "")
                && Attribute(tag, "content") is { } content)
                _links.Add(new FoundLink(content.Trim(), 0));

            Formula? math = null;
            if (HasClass(Attribute(tag, "class"), "math"))
            {
                _math.Add(null);
                math = new Formula(_math.Count - 1, line, Attribute(tag, "data-tex"));
                if (isVoid) Finish(math);
            }
            if (isVoid) return;

            var inlineScript = !foreign && name == "script" && Attribute(tag, "src") is null && _script is null;
            _open.Add(new Open(name, line, math, inlineScript, foreign, name == "template"));
            if (math is not null) _reading.Add(math);
            if (inlineScript) _script = new StringBuilder();
            if (foreign) _foreign++;
            if (name == "template") _template++;
            else if (!foreign && TextModes.TryGetValue(name, out var mode)) _tokenizer.State = mode;
        }

        /// <summary>
        /// A formula's placeholder: what its CHTML would have given here, had it been read in place. Its
        /// elements have no <c>data-line</c>, so its links and formulas are at the line of the element around it.
        /// </summary>
        private void Placeholder(Spliced spliced)
        {
            var line = ParentLine;
            foreach (var formula in _reading)
            {
                formula.HasChildElements = true;
                formula.Latex.AddRange(spliced.Latex);
                formula.Text.Append(spliced.Text);
            }
            _ids.UnionWith(spliced.Scan.Ids);
            foreach (var link in spliced.Scan.Links) _links.Add(link.Line == 0 ? link with { Line = line } : link);
            foreach (var math in spliced.Scan.Math) _math.Add(math.Line == 0 ? math with { Line = line } : math);
        }

        /// <summary>An end tag closes the innermost open element of its name and every element inside it; a stray one is ignored.</summary>
        private void Close(string name)
        {
            var index = _open.FindLastIndex(o => o.Name == name);
            if (index < 0) return;
            while (_open.Count > index) Pop();
        }

        /// <summary>Closes the innermost open <paramref name="end"/> element, unless one of <paramref name="bounds"/> is open inside it.</summary>
        private void EndImplied(string end, string[] bounds)
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                var name = _open[i].Name;
                if (name == end)
                {
                    while (_open.Count > i) Pop();
                    return;
                }
                if (bounds.Contains(name) || _open[i].Foreign) return;
            }
        }

        private void Pop()
        {
            var open = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (open.Foreign) _foreign--;
            if (open.Template) _template--;
            if (open.Formula is { } formula)
            {
                _reading.Remove(formula);
                Finish(formula);
            }
            if (open.InlineScript && _script is not null)
            {
                _links.AddRange(MathJaxPaths.Of(_script.ToString()));
                _script = null;
            }
        }

        private int ParentLine => _open.Count > 0 ? _open[^1].Line : 0;

        /// <summary>
        /// The TeX of a math element: its text in client mode; when typeset at build time, the
        /// <c>data-latex</c> MathJax keeps on <c>mjx-math</c> (or a <c>data-tex</c> a renderer chose to keep).
        /// </summary>
        private void Finish(Formula formula)
        {
            var tex = formula.Tex
                ?? (formula.HasChildElements && formula.Latex.Count > 0 ? string.Join('\n', formula.Latex) : formula.Text.ToString());
            _math[formula.Slot] = new MathSource(tex, formula.Line);
        }
    }

    /// <summary>The first attribute of that name, as the tree builder keeps it; null when absent.</summary>
    private static string? Attribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }

    /// <summary>Whether the class list (separated by ASCII whitespace) holds <paramref name="name"/>; without splitting it, as this runs on every tag.</summary>
    private static bool HasClass(string? classes, string name)
    {
        if (classes is null) return false;
        for (var i = classes.IndexOf(name, StringComparison.Ordinal); i >= 0; i = classes.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if ((i == 0 || IsSpace(classes[i - 1])) && (end == classes.Length || IsSpace(classes[end]))) return true;
        }
        return false;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static bool IsResourceHint(HtmlTagToken tag) =>
        tag.Name == "link" && (Attribute(tag, "rel") ?? "").Split(' ').Any(HintRels.Contains);

    /// <summary>"a.png 1x, b.png 2x" → a.png, b.png.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) => srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate => candidate.Split(' ', 2)[0]);
}
