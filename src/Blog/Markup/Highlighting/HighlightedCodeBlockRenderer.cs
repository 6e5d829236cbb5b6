using ColorCode;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Blog.Markup.Search;

namespace Blog.Markup.Highlighting;

/// <summary>
/// Code blocks highlighted at build time with ColorCode (CSS classes, no client-side highlighter).
/// Languages ColorCode does not know are written plain, escaped, with their language class.
/// </summary>
public sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer fallback) : HtmlObjectRenderer<CodeBlock>
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cs"] = "c#", ["csharp"] = "c#", ["c#"] = "c#", ["js"] = "javascript", ["javascript"] = "javascript",
        ["ts"] = "typescript", ["typescript"] = "typescript", ["py"] = "python", ["python"] = "python",
        ["cpp"] = "cpp", ["c++"] = "cpp", ["c"] = "cpp", ["java"] = "java", ["sql"] = "sql", ["xml"] = "xml",
        ["html"] = "html", ["css"] = "css", ["powershell"] = "powershell", ["fsharp"] = "f#", ["f#"] = "f#",
        ["haskell"] = "haskell", ["matlab"] = "matlab", ["php"] = "php", ["markdown"] = "markdown", ["md"] = "markdown",
    };

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var info = (block as FencedCodeBlock)?.Info ?? "";
        if (!Aliases.TryGetValue(info, out var id) || Languages.FindById(id) is not { } language)
        {
            if (SearchMarkup.Wanted(renderer)) block.GetAttributes().AddPropertyIfNotExist("data-pagefind-weight", SearchWeights.Code);
            fallback.Write(renderer, block);
            return;
        }
        var code = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\"" + SearchWeights.CodeAttributeFor(renderer) + "><code class=\"language-").WriteEscape(info).Write("\">");
        renderer.Write(ClassFormatter.Highlight(code, language));
        renderer.WriteLine("</code></pre>");
    }
}
