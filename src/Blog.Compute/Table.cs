using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Compute;

/// <summary>Builds tables: <c>Table.Of(rows).Column("$n$", r => r.N).Column("均值", r => r.Mean, "F4")</c>.</summary>
public static class Table
{
    public static Table<T> Of<T>(IEnumerable<T> rows) => new(rows);
}

/// <summary>
/// An HTML table from rows: each column has a header (text, <c>$tex$</c> for math, as in text cells) and a .NET format
/// string applied with the invariant culture. Without columns, the public properties (records) or
/// the items (tuples) of the rows become the columns.
/// </summary>
public sealed partial class Table<T>(IEnumerable<T> rows)
{
    private readonly List<(string Header, Func<T, object?> Value, string? Format)> _columns = [];

    public Table<T> Column(string header, Func<T, object?> value, string? format = null)
    {
        _columns.Add((header, value, format));
        return this;
    }

    public string ToHtml()
    {
        var list = rows.ToList();
        var columns = _columns.Count > 0 ? _columns : Automatic(list);
        var html = new StringBuilder("<table class=\"compute-table\">\n<thead><tr>");
        foreach (var c in columns) html.Append("<th>").Append(Ended(TextHtml(c.Header))).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var c in columns)
            {
                var value = c.Value(row);
                if (value is System.Collections.IEnumerable and not string) value = Compute.Format.Value(value);
                var numeric = value is double or float or decimal or int or long or short or byte or uint or ulong;
                var text = Compute.Format.Value(value, c.Format);
                html.Append(numeric ? "<td class=\"num\">" : "<td>")
                    .Append(Ended(numeric ? WebUtility.HtmlEncode(text) : TextHtml(text))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        return html.Append("</tbody>\n</table>").ToString();
    }

    public override string ToString() => ToHtml();

    // Each cell's text ends with a space, which a browser does not draw at the end of a line: the site
    // search (Pagefind) ends a cell whose text ends in a word character with ".", which showed in search
    // excerpts as "0.072. 2. 0.431." (issue 25; SENTENCE_CHARS in pagefind src/fossick/parser.rs). Header
    // cells get it too, so their words do not run together in the index ("<th>a</th><th>b</th>" is "ab").
    // An empty cell stays empty.
    private static string Ended(string cellHtml) => cellHtml.Length == 0 ? cellHtml : cellHtml + " ";

    /// <summary>
    /// Header or cell text, HTML-escaped, with <c>$…$</c> written as <c>\(…\)</c>: the site finds
    /// formulas in an HTML output's text and puts them through its math pipeline (typeset at build time
    /// or marked for MathJax), the same way as in a raw HTML block.
    /// </summary>
    internal static string TextHtml(string text) => MathSpan().Replace(WebUtility.HtmlEncode(text),
        m => "\\(" + m.Groups[1].Value + "\\)");

    /// <summary>Element names of a tuple row type (<c>(int n, double mean)</c>), when the code that made the rows knew them.</summary>
    internal IReadOnlyList<string>? TupleNames { get; init; }

    /// <summary>The sequence's own element type when <typeparamref name="T"/> is only <see cref="object"/>: gives an empty table its header.</summary>
    internal Type? DeclaredRow { get; init; }

    /// <summary>Columns from the rows themselves (see <see cref="Rows"/>); a sequence of scalars is one column without a header.</summary>
    private List<(string Header, Func<T, object?> Value, string? Format)> Automatic(List<T> list)
    {
        var rows = list.Cast<object?>().ToList();
        var declared = DeclaredRow ?? typeof(T);
        if (!rows.Any(r => r is not null && Rows.IsRow(r.GetType())) && (rows.Count > 0 || !Rows.IsRow(declared)))
            return [("", r => r, null)];
        return Rows.Columns(rows, declared, TupleNames)
            .Select(c => (c.Header, (Func<T, object?>)(r => c.Value(r)), (string?)null)).ToList();
    }

    [GeneratedRegex(@"\$([^$]+)\$")]
    private static partial Regex MathSpan();
}
