using Blog.Content;
using Blog.Markup;
using Blog.Pipelines;

namespace Blog.Site;

/// <summary>
/// The last step of a post's Process: once its HTML is final (math typeset, citations formatted),
/// its syntax trees and the formulas found and typeset on them are needed by
/// nothing later, yet every post would hold them to the end of the build. Dropping them keeps a big
/// site's memory to what the layouts, lists and feeds still read.
/// </summary>
public sealed class ReleaseParseTrees : MapModule
{
    private static readonly string[] Working = [BlogKeys.Syntax, BlogKeys.Formulas, BlogKeys.TypesetFormulas];

    /// <remarks>What the renderers recorded of the one render (links, ids, formulas), <see cref="WrittenPage"/>, stays for the link check.</remarks>
    protected override Document Map(Document input, PipelineContext context) =>
        input with { Metadata = input.Metadata.RemoveRange(Working) };
}
