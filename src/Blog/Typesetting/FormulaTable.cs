using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Build mode: the typeset HTML (MathJax CHTML) of every formula of a build, held once, with a short
/// placeholder that stands for it in the pages' HTML until the page is written. A formula's CHTML is
/// dozens of elements, most pages' formulas are shared (<see cref="MathTypesetter"/> typesets each once),
/// and everything between typesetting and writing (layouts, excerpts, list pages, the link scan, the
/// feed) would otherwise copy and read it on every page. Entries are keyed on TeX and HTML, so a
/// shared formula is one entry and a numbered one (typeset in its page's context) is an entry of its own.
/// </summary>
/// <remarks>
/// A placeholder is an HTML comment, <c>&lt;!--mjx NONCE ID--&gt;</c>, with a random nonce made per
/// table (per build; per session in the preview): text a writer puts in a post can never name an
/// entry, because the nonce is not known before the build and never appears in the output. A
/// comment passes through every layout and HTML parser unchanged and is inert where it stands.
/// A placeholder of this nonce that names no entry is an error at write time, never output.
/// </remarks>
public sealed class FormulaTable : IDeferredContent
{
    private readonly ConcurrentDictionary<(string Tex, string Html), int> _ids = new();
    private readonly ConcurrentDictionary<int, FormulaEntry> _entries = new();
    private int _next;

    public FormulaTable()
    {
        Nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        Prefix = "<!--mjx " + Nonce + " ";
    }

    /// <summary>The random part of this table's placeholders (24 hex digits).</summary>
    public string Nonce { get; }

    /// <summary>How every placeholder of this table starts: <c>&lt;!--mjx NONCE </c>.</summary>
    public string Prefix { get; }

    private const string End = "-->";

    /// <summary>Unique formulas held.</summary>
    public int Count => _entries.Count;

    /// <summary>The placeholder for a formula's typeset HTML; the same for the same TeX and HTML.</summary>
    /// <param name="tex">The formula as written for MathJax, with its delimiters (what <c>data-tex</c> holds).</param>
    public string Placeholder(string tex, string html)
    {
        var id = _ids.GetOrAdd((tex, html), key =>
        {
            var made = Interlocked.Increment(ref _next);
            _entries[made] = new FormulaEntry(made, key.Tex, key.Html);
            return made;
        });
        return PlaceholderOf(id);
    }

    /// <summary>The placeholder of the entry numbered <paramref name="id"/> (whether or not it exists).</summary>
    public string PlaceholderOf(int id) => Prefix + id.ToString(CultureInfo.InvariantCulture) + End;

    /// <summary>Whether <paramref name="html"/> holds a placeholder of this table.</summary>
    public bool HasPlaceholders(string html) => html.Contains(Prefix, StringComparison.Ordinal);

    /// <summary>The entry a comment's text (between <c>&lt;!--</c> and <c>--&gt;</c>) names; null when it is not this table's placeholder.</summary>
    /// <exception cref="DiagnosticException">The comment has this table's nonce but names no entry.</exception>
    public FormulaEntry? OfComment(string comment, string origin)
    {
        var prefix = Prefix.AsSpan(4); // without "<!--"
        if (!comment.AsSpan().StartsWith(prefix, StringComparison.Ordinal)) return null;
        return Lookup((comment[prefix.Length..] + End).AsSpan(), origin);
    }

    /// <inheritdoc/>
    public string Resolve(string content, string origin) => Splice(content, origin, e => e.Html);

    /// <summary>
    /// <paramref name="content"/> with each placeholder replaced by <paramref name="form"/> of its entry
    /// (the CHTML, or the feed's MathML…); the same instance when there is none.
    /// </summary>
    /// <exception cref="DiagnosticException">A placeholder of this table names no entry.</exception>
    public string Splice(string content, string origin, Func<FormulaEntry, string> form)
    {
        if (!HasPlaceholders(content))
        {
            RejectChanged(content, 0, origin);
            return content;
        }
        RejectChanged(content, CountOf(content, Prefix), origin);
        var result = new StringBuilder(content.Length * 2);
        var copied = 0;
        foreach (var (start, after, entry) in Occurrences(content, origin))
        {
            result.Append(content, copied, start - copied).Append(form(entry));
            copied = after;
        }
        return result.Append(content, copied, content.Length - copied).ToString();
    }

    /// <summary>The entries whose placeholders <paramref name="content"/> holds, in order (an entry as often as it occurs).</summary>
    public IEnumerable<FormulaEntry> EntriesIn(string content, string origin) => Occurrences(content, origin).Select(o => o.Entry);

    /// <summary>Each placeholder of this table in <paramref name="content"/>: where it starts, where it ends (after its <c>--&gt;</c>), and its entry.</summary>
    /// <exception cref="DiagnosticException">A placeholder names no entry, or was cut (<see cref="Lookup"/>).</exception>
    private IEnumerable<(int Start, int After, FormulaEntry Entry)> Occurrences(string content, string origin)
    {
        for (var at = content.IndexOf(Prefix, StringComparison.Ordinal); at >= 0;)
        {
            var idStart = at + Prefix.Length;
            var end = content.IndexOf(End, idStart, StringComparison.Ordinal);
            // Lookup throws for a placeholder without its own "-->", so past it end is a real position.
            var entry = Lookup(end < 0 ? content.AsSpan(idStart) : content.AsSpan(idStart, end - idStart + End.Length), origin);
            yield return (at, end + End.Length, entry);
            at = content.IndexOf(Prefix, end + End.Length, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Fails when <paramref name="content"/> holds a placeholder of this table that something changed
    /// after it was made (a layout's <c>html.escape</c>, <c>string.truncate</c>, <c>string.replace</c>…):
    /// the nonce more often than whole placeholders (<paramref name="whole"/>), or a placeholder cut
    /// inside its nonce. Written out, a cut comment would hide the rest of the page and an escaped one
    /// would show the nonce, so neither is ever output. The nonce is random, so text a writer typed
    /// never holds it (a look-alike sharing the first <see cref="CutNonceLength"/> hex digits by
    /// chance: one in 16^8).
    /// </summary>
    private void RejectChanged(string content, int whole, string origin)
    {
        if (CountOf(content, Nonce) > whole) throw Changed(origin);
        const string opening = "<!--mjx ";
        for (var at = content.IndexOf(opening, StringComparison.Ordinal); at >= 0; at = content.IndexOf(opening, at + 1, StringComparison.Ordinal))
        {
            var start = at + opening.Length;
            var length = 0;
            while (start + length < content.Length && length < Nonce.Length && char.IsAsciiHexDigitLower(content[start + length])) length++;
            if (length >= CutNonceLength && length < Nonce.Length && string.CompareOrdinal(content, start, Nonce, 0, length) == 0) throw Changed(origin);
        }
    }

    /// <summary>How many leading hex digits of the nonce a cut placeholder must keep to be recognised as one.</summary>
    private const int CutNonceLength = 8;

    private static int CountOf(string content, string value)
    {
        var count = 0;
        for (var at = content.IndexOf(value, StringComparison.Ordinal); at >= 0; at = content.IndexOf(value, at + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static DiagnosticException Changed(string origin) => new(Diagnostic.Error(origin, 0, 0,
        "A typeset formula of this page reached the output changed: the theme's layout escaped, cut or rewrote the page's HTML "
        + "(content_html, title_html, summary_html, excerpt_html…) that holds it, so the page was not written.",
        "In build mode each typeset formula in these values is a placeholder comment (<!--mjx …-->) until the page is written: "
        + "output *_html values as they are, without html.escape, string.truncate, string.slice or string.replace; "
        + "for plain text use title/summary (escaped with html.escape), for a short HTML text use excerpt_html or summary_html."));

    /// <summary>"12-->" → entry 12.</summary>
    private FormulaEntry Lookup(ReadOnlySpan<char> rest, string origin)
    {
        if (rest.EndsWith(End) && int.TryParse(rest[..^End.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && _entries.TryGetValue(id, out var entry)) return entry;
        var cut = rest.IndexOf(End);
        // No end of its own (the next "-->" is past other markup or absent): the theme cut the placeholder.
        if (cut < 0 || rest[..cut].IndexOfAny("<> \n") >= 0) throw Changed(origin);
        throw new DiagnosticException(Diagnostic.Error(origin, 0, 0,
            $"A typeset formula on this page was left as its placeholder '{Shown(rest)}', which names no formula of this build; the page was not written.",
            "This is a bug of the site generator, not of the page: please report it. Building with \"math\": {\"render\": \"client\"} in statiq.json avoids it meanwhile."));
    }

    private string Shown(ReadOnlySpan<char> rest)
    {
        var cut = rest.IndexOf(End);
        return "<!--mjx … " + (cut < 0 ? rest[..System.Math.Min(rest.Length, 20)].ToString() + "…" : rest[..(cut + End.Length)].ToString());
    }
}

/// <summary>One typeset formula of a <see cref="FormulaTable"/>: its TeX (with delimiters) and its CHTML, with forms made from them once.</summary>
public sealed class FormulaEntry(int id, string tex, string html)
{
    public int Id => id;
    /// <summary>The formula as MathJax read it, with its delimiters (<c>\(…\)</c>, <c>\[…\]</c> or an environment).</summary>
    public string Tex => tex;
    /// <summary>MathJax's CHTML (an <c>mjx-container</c>).</summary>
    public string Html => html;

    private readonly ConcurrentDictionary<Type, object> _forms = new();

    /// <summary>A form of this formula made once and kept (its MathML for feeds, its link scan…), keyed by its type.</summary>
    public T Form<T>(Func<FormulaEntry, T> make) where T : class => (T)_forms.GetOrAdd(typeof(T), _ => make(this));
}
