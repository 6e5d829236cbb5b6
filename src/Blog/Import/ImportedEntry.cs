using Blog.Content;

namespace Blog.Import;

/// <summary>A formula as the source blog reads it: its TeX and the 1-based line of the source file it starts on.</summary>
public sealed record SourceFormula(string Tex, int Line, bool Display);

/// <summary>A file a post uses, to be copied beside it: where it is in the source and the name it gets beside the post.</summary>
public sealed record BundleFile(string SourcePath, string Name);

/// <summary>
/// A post or page read from a source blog and converted, ready for <see cref="ImportWriter"/>: front-matter
/// fields in our names, the Markdown body in our dialect, the formulas the source saw, the files it uses
/// and the old paths it had.
/// </summary>
public sealed class ImportedEntry
{
    /// <summary>Post or page; an importer may change it once it knows every entry (Hugo's main sections).</summary>
    public required EntryKind Kind { get; set; }
    /// <summary>The source file, relative to the source folder ('/'-separated), for the report.</summary>
    public required string SourceFile { get; init; }
    public required string Slug { get; set; }
    public string Title { get; set; } = "";
    public DateTimeOffset? Date { get; set; }
    /// <summary>The date exactly as to be written (keeps the source's offset); made from <see cref="Date"/> when null.</summary>
    public string? DateText { get; set; }
    public DateTimeOffset? Updated { get; set; }
    public bool Draft { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> Categories { get; set; } = [];
    public string? Summary { get; set; }
    public bool Toc { get; set; }
    /// <summary>Old site paths of the entry (the writer keeps those the new permalink does not equal as aliases).</summary>
    public List<string> OldPaths { get; } = [];
    /// <summary>Other front-matter fields to keep as they were (author, image, …).</summary>
    public Dictionary<string, object> Extra { get; } = new(StringComparer.Ordinal);
    public string Body { get; set; } = "";
    /// <summary>The source file's line that the body's first line is (for places found after conversion).</summary>
    public int FirstLine { get; set; } = 1;
    public List<SourceFormula> SourceFormulas { get; set; } = [];
    public List<BundleFile> Files { get; } = [];
}
