using Blog.Pipelines;

namespace Blog.Content;

/// <summary>Parses each Markdown file's front matter into an <see cref="Entry"/>; the document's content becomes the body.</summary>
public sealed class ReadEntries(EntryKind kind, SiteSettings settings) : MapModule
{
    protected override Document Map(Document input, PipelineContext context)
    {
        var (frontMatter, body) = FrontMatterParser.Parse(input.Source, input.Content, settings.Limits);
        var entry = EntryReader.Read(input.Source, input.Require<string>(Keys.RelativePath), frontMatter, kind, settings);
        return input.With(BlogKeys.Entry, entry) with { Content = body, Destination = entry.Destination };
    }
}
