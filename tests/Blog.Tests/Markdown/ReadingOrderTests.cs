using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.Citations;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.CrossReferences;
using Blog.Markup.Diagrams;
using Blog.Markup.FencedDivs;
using Blog.Pipelines;
using Markdig;

namespace Blog.Tests.Markdown;

/// <summary>
/// The formulas found on a post's trees without rendering (<see cref="PostFormulas"/>) are the formulas the
/// renderers write, in the same order, part by part: what build mode typesets before its one rendering.
/// Each case is a kind of node whose renderer writes out of the tree's order or not at all.
/// </summary>
public sealed class ReadingOrderTests
{
    private static readonly ReferenceNames Names = ReferenceNames.Load(Support.TestSite.BuiltInTheme, "en");

    /// <summary>The site's pipeline, as SiteBuilder makes it (without the extensions that need a site folder).</summary>
    internal static readonly MarkdownPipeline Pipeline = MarkdownSetup.Create(new ComputeExtension("Code"), new FencedDivExtension(Names),
        new CrossReferenceExtension(Names, new(), ("Figure", "Table")), new CitationExtension(), new TikzExtension("Figure", path => path));

    public static TheoryData<string, string> Cases => new()
    {
        { "footnotes", "A $a$[^1] and $b$[^2].\n\n[^2]: Second $n_2$.\n[^1]: First $n_1$ with [@key].\n\nLast $c$.\n" },
        { "inline notes", "A ^[inline $i$ ^[nested $j$]] then $a$[^r] and ^[again $k$].\n\n[^r]: Referenced $r$.\n" },
        { "theorem names", "::: {#thm-a name=\"On $\\alpha$\"}\nBody $b$.\n:::\n\n::: {.proof}\nProof $p$.\n:::\n\n::: {.callout-note title=\"Note $t$\"}\nInside $i$.\n:::\n\n::: {.callout-tip}\n## Heading name $h$\nTip $q$.\n:::\n" },
        { "contents", "---toc\n# One $h_1$ [@key]\n\nText $t$.\n\n## Two $h_2$ [link $l$](https://example.org)\n\n$$x$$ {#eq-x}\n\nSee @eq-x.\n" },
        { "excerpt cut", "A long first paragraph with $a$ and more words, more words, more words, more words, more words, more words, more words past the cut $z$.\n\nNext $n$.\n" },
        { "excerpt separator", "First $a$.\n\n- item $b$\n\n<!--more-->\n\nAfter $c$.\n" },
        { "tables", "| a $x$ | b |\n|---|---|\n| $c$ | d $e$ |\n\nAfter $f$.\n" },
        { "raw html", "<div>\n$x$ and \\(y\\) <code>$no$</code>\n</div>\n\n<details><summary>$s$</summary>\n\n$in$\n\n</details>\n" },
        { "images and links", "![alt $x$](a.png) then $y$ and [text $z$](https://example.org) and ![$w$](b.png \"t\").\n" },
        { "math blocks", "$$ a $$ {#eq-a}\n\n\\begin{equation}\nb\n\\end{equation}\n\n$$\nc\n$$\ntrailing $d$\n" },
        { "quotes and lists", "> quoted $q$\n>\n> 1. item $i$\n>    - nested $n$\n\n- [ ] task $t$\n" },
        { "magic cube", "Before $a$.\n\n```magic-cube\nconstruct: 3\n```\n\nAfter $b$.\n" },
        { "diagram caption", "```tikz\n%| label: fig-d\n%| fig-cap: A *square*, $g\\circ f$\n\\draw (0,0) -- (1,1);\n```\n\nSee @fig-d and $e$.\n" },
        { "emphasis and escapes", "*a $x$* **b $y$** ~~c $z$~~ \\$5 and `$code$`.\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formulas_found_on_the_trees_are_the_ones_written_in_their_order(string kind, string markdown)
    {
        var syntax = Parse(markdown, title: "Title $T$ [@key]", summary: "Summary $S$ and *$U$*");
        var written = new PostRendering(syntax, Pipeline, null).Render();
        var found = PostFormulas.Find(syntax, null, Pipeline);
        Assert.True(found.Body.Count > 0, kind);
        Assert.Equal(written[PostPart.Body].Formulas, found.Body);
        Assert.Equal(written[PostPart.Title].Formulas, found.Title);
        Assert.Equal(written[PostPart.Summary].Formulas, found.Summary);
        // Rendered once with the typeset data: each written in its place, the excerpt's found among the body's.
        var typeset = new TypesetFormulas(found, [.. found.All.Select((_, i) => $"<m{i}/>")]);
        var html = new PostRendering(syntax, Pipeline, null).Render(typeset);
        for (var i = 0; i < found.Body.Count; i++) Assert.Contains($"<m{i}/>", html[PostPart.Body].Html);
        Assert.DoesNotContain("class=\"math inline\" data-line=\"1\">", html[PostPart.Body].Html);
    }

    [Fact]
    public void The_contents_come_first_names_before_bodies_and_notes_last()
    {
        var syntax = Parse("---toc\n# One $h$\n\nText $t$^[note $n$].\n\n::: {#thm-a name=\"Name $m$\"}\nBody $b$.\n:::\n\nEnd $e$.\n", "t", "");
        var found = PostFormulas.Find(syntax, null, Pipeline);
        Assert.Equal(["\\(h\\)", "\\(h\\)", "\\(t\\)", "\\(m\\)", "\\(b\\)", "\\(e\\)", "\\(n\\)"], found.Body.Select(f => f.Text));
    }

    [Fact]
    public void A_formula_written_where_none_was_found_is_an_error_not_a_wrong_formula()
    {
        var syntax = Parse("A $a$ and $b$.\n", title: "t", summary: "");
        var found = PostFormulas.Find(Parse("A $b$ and $a$.\n", title: "t", summary: ""), null, Pipeline);
        var error = Assert.Throws<FormulaOrderException>(() => new PostRendering(syntax, Pipeline, null).Render(new TypesetFormulas(found, ["<b/>", "<a/>"])));
        Assert.Equal("\\(a\\)", error.Formula.Text);
    }

    /// <summary>A post parsed and numbered as the build does (ParseMarkdown); a body starting with "---toc" gets a table of contents.</summary>
    internal static PostSyntax Parse(string markdown, string title, string summary)
    {
        var toc = markdown.StartsWith("---toc\n", StringComparison.Ordinal);
        var entry = new Entry
        {
            Kind = EntryKind.Post, SourceFile = "input/posts/p.md", Title = title, Summary = summary, Slug = "p", BodyStartLine = 6,
            FrontMatterLines = new Dictionary<string, int> { ["title"] = 2, ["summary"] = 3, ["toc"] = 4 },
            Extra = toc ? new Dictionary<string, object?> { ["toc"] = "true" } : new Dictionary<string, object?>(),
        };
        var body = toc ? markdown["---toc\n".Length..] : markdown;
        var document = new Document { Source = entry.SourceFile, Content = body }.With(BlogKeys.Entry, entry);
        var context = new PipelineContext(new DiagnosticBag());
        var parsed = new ParseMarkdown(Pipeline).ExecuteAsync([document], context).GetAwaiter().GetResult().Single();
        Assert.DoesNotContain(context.Diagnostics.All, d => d.Severity == Severity.Error);
        return parsed.Require<PostSyntax>(BlogKeys.Syntax);
    }
}
