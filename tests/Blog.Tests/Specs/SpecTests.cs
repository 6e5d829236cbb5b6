using Blog.Markup;
using Markdig;

namespace Blog.Tests.Specs;

/// <summary>
/// Every example of the spec files (<c>Specs/*.md</c>, Markdig's format, one file per Markdown extension) is a
/// test: its Markdown rendered must give its HTML. <c>math.md</c> is rendered by the Markdown pipeline alone,
/// as Markdig's specs are; the others as posts of a built site (<see cref="SpecSite"/>), since what they write
/// depends on the page (numbers), other pages (references), citeproc (citations) or a worker (compute blocks).
/// With <c>GOLDEN_UPDATE=1</c> a differing example's HTML is rewritten in its file and the test fails, so an
/// update never passes by itself: review the diff, commit it with the change that explains it, run again.
/// </summary>
public sealed class SpecTests
{
    /// <summary>Spec files whose examples need no page, site or worker.</summary>
    private static readonly HashSet<string> MarkdownOnly = ["math.md"];

    private static readonly MarkdownPipeline Pipeline = MarkdownSetup.Create();

    public static TheoryData<string, int, string> Examples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var file in SpecFile.Files())
            foreach (var example in SpecFile.Load(file)) data.Add(file, example.Number, example.Section);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_renders_as_specified(string file, int number, string section)
    {
        var example = SpecFile.Load(file)[number - 1];
        Assert.Equal(section, example.Section);
        var actual = MarkdownOnly.Contains(file)
            ? Markdig.Markdown.ToHtml(example.Markdown, Pipeline).Trim('\n')
            : (await SpecSite.BodiesAsync(file))[number];
        if (actual == example.Html) return;
        if (SpecFile.Updating)
        {
            SpecFile.Update(file, number, actual);
            Assert.Fail($"{file}, example {number} ({section}): its HTML was rewritten (GOLDEN_UPDATE=1). Review the diff, commit it, run again.");
        }
        Assert.Equal(example.Html, actual);
    }

    [Fact]
    public void There_is_a_spec_file_for_each_extension()
    {
        Assert.Equal(["citations.md", "compute-blocks.md", "cross-references.md", "fenced-divs.md", "math.md", "notes.md"], SpecFile.Files());
        Assert.All(SpecFile.Files(), f => Assert.NotEmpty(SpecFile.Load(f)));
    }
}
