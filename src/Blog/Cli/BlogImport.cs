using Blog.Diagnostics;
using Blog.Import.Hexo;
using Blog.Import.Hugo;
using Blog.Import.Jekyll;
using Blog.Import.WordPress;

using Blog.Import;
using Blog.Import.Markup;

namespace Blog.Cli;

/// <summary>
/// <c>blog import &lt;kind&gt; SOURCE</c>: picks the importer, checks that the source is that kind of blog,
/// runs it into the site's <c>input/</c> and writes the report to <c>import-report.md</c>.
/// </summary>
public static class BlogImport
{
    public static readonly IReadOnlyList<IBlogImporter> Importers = [new JekyllImporter(), new HugoImporter(), new HexoImporter(), new WordPressImporter()];

    /// <exception cref="DiagnosticException">The source is missing or not of that kind, or the site's statiq.json is broken.</exception>
    public static ImportReport Run(string kind, string source, string siteRoot, bool force)
    {
        var importer = Importers.FirstOrDefault(i => i.Name.Equals(kind, StringComparison.OrdinalIgnoreCase))
            ?? throw new DiagnosticException(Diagnostic.Error(kind, 0, 0, $"There is no importer for '{kind}'.",
                "Use one of: " + string.Join(", ", Importers.Select(i => i.Name)) + "."));
        var full = Path.GetFullPath(source);
        if (!Directory.Exists(full) && !File.Exists(full))
            throw new DiagnosticException(Diagnostic.Error(source, 0, 0, $"'{source}' does not exist.", "Give the folder of the blog (or the WXR file for wordpress)."));
        if (importer.NotThisKind(full) is { } lookedFor)
            throw new DiagnosticException(Diagnostic.Error(source, 0, 0, $"'{source}' is not a {importer.Name} blog: {lookedFor}",
                "Give the blog's root folder (or, for wordpress, the .xml file from Tools → Export)."));
        var settings = SiteSettings.Load(Path.Combine(siteRoot, "statiq.json"), "statiq.json");
        var report = new ImportReport { SourceKind = importer.Name, SourceFolder = source };
        var writer = new ImportWriter(siteRoot, Path.Combine(siteRoot, "input"), settings, force, report, Directory.Exists(full) ? full : null);
        importer.Import(new ImportContext(full, writer, report));
        writer.Finish(BrokenLinks.Mark);
        File.WriteAllText(Path.Combine(siteRoot, "import-report.md"), report.ToMarkdown());
        return report;
    }
}
