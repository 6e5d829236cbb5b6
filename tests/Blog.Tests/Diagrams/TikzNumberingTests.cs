using Blog.Markup;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.Diagrams;
using Blog.Markup.Parsing;
using Markdig.Syntax;

namespace Blog.Tests.Diagrams;

/// <summary>A page has one figure counter: compute figures and ```tikz figures are numbered together, in page order.</summary>
public sealed class TikzNumberingTests
{
    [Fact]
    public void Compute_and_tikz_figures_share_one_counter_in_page_order()
    {
        var pipeline = MarkdownSetup.Create(new ComputeExtension("代码"), new TikzExtension("图", p => p));
        var document = InlineMarkdown.Body("""
            ```tikz
            %| label: fig-first
            \draw (0,0) -- (1,1);
            ```

            ```{csharp}
            //| label: fig-second
            1
            ```

            ```{csharp}
            //| label: tbl-rows
            2
            ```

            ```tikz
            %| label: fig-third
            %| fig-cap: Third
            \draw (0,0) -- (1,1);
            ```

            ```tikz
            \draw (0,0) -- (1,1);
            ```
            """, 1, pipeline);
        var labels = ComputePage.Find(document, "x.md").Labels;
        Assert.Equal([("fig-first", 1), ("fig-second", 2), ("fig-third", 3)],
            labels.Values.Where(l => l.IsFigure).OrderBy(l => l.Number).Select(l => (l.Label, l.Number)));
        Assert.Equal(1, labels["tbl-rows"].Number);
        Assert.Equal((2, 7), (labels["fig-first"].Line, labels["fig-second"].Line)); // the label's line; a compute block's first code line
        var blocks = document.Descendants<TikzBlock>().ToList();
        Assert.Equal(3, blocks.Count);
        Assert.Equal(17, blocks[1].FigureLine);
        Assert.Equal(19, blocks[1].TexLine);
        Assert.Null(blocks[2].FigureLabel);
    }

    [Fact]
    public void A_label_used_by_a_compute_block_and_a_diagram_is_an_error()
    {
        var pipeline = MarkdownSetup.Create(new ComputeExtension("代码"), new TikzExtension("图", p => p));
        var document = InlineMarkdown.Body("```{csharp}\n//| label: fig-a\n1\n```\n\n```tikz\n%| label: fig-a\n\\draw (0,0);\n```\n", 1, pipeline);
        var error = Assert.Throws<Blog.Diagnostics.DiagnosticException>(() => ComputePage.Find(document, "x.md"));
        Assert.Equal(7, error.Diagnostic.Line);
        Assert.Contains("used twice", error.Diagnostic.Message);
    }
}
