using Blog.MagicCube;
using Blog.MagicCube.Rendering;
using Blog.Markup.Formulas;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.CubeBlocks;

/// <summary>
/// A magic cube as display math (the same HTML as <c>$$…$$</c>), followed by the checker's
/// verdict in a paragraph. A block with errors shows its source instead; the errors themselves
/// are reported as diagnostics.
/// </summary>
/// <param name="verdict">The verdict in the site's words; null for the checker's own (Chinese) summary.</param>
public sealed class HtmlMagicCubeRenderer(CubeVerdict? verdict = null) : HtmlObjectRenderer<MagicCubeBlock>
{
    protected override void Write(HtmlRenderer renderer, MagicCubeBlock block)
    {
        renderer.EnsureLine();
        if (block.Cube is not { } cube)
        {
            renderer.Write("<pre class=\"magic-cube-error\"><code>").WriteEscape(block.Source).WriteLine("</code></pre>");
            return;
        }
        MathHtml.Write(renderer, LatexCubeRenderer.Render(cube, block.Style), MathKind.Display, block: true, block.Line + 1);
        var report = MagicChecker.Check(cube);
        renderer.Write("<p class=\"magic-cube-verdict ").Write(report.IsMagic ? "magic" : "not-magic").Write("\">")
            .WriteEscape(verdict?.Of(report) ?? report.Summary()).WriteLine("</p>");
    }
}
