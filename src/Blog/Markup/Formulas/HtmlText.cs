using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Blog.Markup.Formulas;

/// <summary>
/// The runs of readable text in a piece of raw HTML, as index ranges into it, found with
/// AngleSharp's HTML tokenizer (never a regular expression): character data outside tags and
/// comments, and not inside <c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>, <c>pre</c>,
/// <c>code</c>, <c>math</c>, <c>svg</c> or an element of class <c>tex2jax_ignore</c>, where MathJax
/// does not look either. Ranges hold the raw text, entities not decoded.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "pre", "code", "math", "svg", "kbd", "samp" };

    public static IEnumerable<(int Start, int End)> Runs(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var skipping = new Stack<string>();
        int? textStart = null;
        while (true)
        {
            var token = tokenizer.Get();
            var at = Math.Clamp(token.Position.Index, 0, html.Length); // 0-based index of the token's first character
            if (textStart is { } s && token.Type != HtmlTokenType.Character)
            {
                if (skipping.Count == 0 && at > s) yield return (s, at);
                textStart = null;
            }
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    if (textStart is { } last && skipping.Count == 0) yield return (last, html.Length);
                    yield break;
                case HtmlTokenType.Character:
                    textStart ??= at;
                    break;
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    if (tag.IsSelfClosing) break;
                    if (tag.Name is "script" or "style") tokenizer.State = tag.Name == "script" ? HtmlParseMode.Script : HtmlParseMode.Rawtext;
                    else if (tag.Name is "textarea" or "title") tokenizer.State = HtmlParseMode.RCData;
                    if (Skipped.Contains(tag.Name) || (tag.GetAttribute("class") ?? "").Split(' ').Contains("tex2jax_ignore"))
                        skipping.Push(tag.Name);
                    break;
                case HtmlTokenType.EndTag:
                    if (skipping.Count > 0 && skipping.Peek() == token.Name) skipping.Pop();
                    break;
            }
        }
    }
}
