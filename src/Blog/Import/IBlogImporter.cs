namespace Blog.Import;

/// <summary>One kind of source blog (Jekyll, Hugo, Hexo, WordPress): reads it and hands each converted entry to the writer.</summary>
public interface IBlogImporter
{
    /// <summary>The name on the command line: jekyll, hugo, hexo, wordpress.</summary>
    string Name { get; }

    /// <summary>Null when <paramref name="source"/> is this kind of blog; else what was looked for and not found.</summary>
    string? NotThisKind(string source);

    /// <summary>Reads the blog at <see cref="ImportContext.Source"/> and writes its entries through <see cref="ImportContext.Writer"/>.</summary>
    void Import(ImportContext context);
}

/// <summary>What an importer works with: the source folder, the writer into the site's input/, and the report.</summary>
public sealed record ImportContext(string Source, ImportWriter Writer, ImportReport Report)
{
    /// <summary>A path under the source, '/'-separated, for the report.</summary>
    public string Display(string path) => Path.GetRelativePath(Source, path).Replace('\\', '/');
}
