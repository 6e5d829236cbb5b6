using Blog.Content;
using Blog.Markup.ComputeBlocks;
using Blog.Pipelines;
using Markdig;

namespace Blog.Markup;

/// <summary>
/// Build mode, before typesetting: the formulas of a post's trees in the order the renderers will write
/// them (<see cref="PostFormulas"/>), under <see cref="BlogKeys.Formulas"/>. Found by walking the trees,
/// with the compute results, without rendering; client mode leaves the TeX to MathJax and needs none.
/// </summary>
/// <param name="pipeline">The site's Markdig pipeline, which captions and <c>output: asis</c> text are parsed with.</param>
/// <param name="buildMode">Whether formulas are typeset at build time; when not, the module passes pages on unchanged.</param>
public sealed class FindFormulas(MarkdownPipeline pipeline, bool buildMode) : MapModule
{
    protected override Document Map(Document input, PipelineContext context) => !buildMode ? input :
        input.With([new(BlogKeys.Formulas, PostFormulas.Find(input.Require<PostSyntax>(BlogKeys.Syntax), input.Get<ComputeResults>(ComputeResults.Key), pipeline))]);
}
