using System.Text;

namespace Blog.Import;

/// <summary>
/// What an import did and what it could not do, each with its place: the files written, each post's
/// formulas counted by the source's rules and by ours, links rewritten, constructs not converted, files
/// missing from the source and TeX that MathJax 4 rejects. Printed and written to <c>import-report.md</c>.
/// </summary>
public sealed class ImportReport
{
    /// <summary>One finding at a place in the source (file relative to the source folder, 1-based line; 0 when unknown).</summary>
    public sealed record Note(string File, int Line, string Message)
    {
        public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
    }

    /// <summary>A post's formulas: counted by the source's rules, and in what was written by this site's parser.</summary>
    public sealed record FormulaCount(string File, string Written, int Source, int Imported);

    private readonly object _gate = new();
    public string SourceKind { get; init; } = "";
    public string SourceFolder { get; init; } = "";
    public List<string> Written { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<Note> Kept { get; } = [];
    public List<FormulaCount> Formulas { get; } = [];
    public List<Note> FormulaDifferences { get; } = [];
    public List<Note> NotConverted { get; } = [];
    public List<Note> MissingFiles { get; } = [];
    /// <summary>Links that named nothing in the source either (a heading since renamed, an address without its scheme).</summary>
    public List<Note> BrokenLinks { get; } = [];
    public List<Note> TexFixes { get; } = [];
    public List<Note> Unreadable { get; } = [];
    public List<string> Attachments { get; } = [];
    public int Posts { get; set; }
    public int Pages { get; set; }
    public int Files { get; set; }
    public int LinksRewritten { get; set; }
    public int Aliases { get; set; }

    public void Add(List<Note> list, string file, int line, string message) { lock (_gate) list.Add(new Note(file, line, message)); }

    /// <summary>True when something needs the blogger's eye: a formula count differs, a file is missing, a link was broken, a post was not read.</summary>
    public bool HasProblems => FormulaDifferences.Count + MissingFiles.Count + BrokenLinks.Count + Unreadable.Count > 0;

    /// <summary>The report as Markdown (the console shows the same text).</summary>
    public string ToMarkdown()
    {
        var b = new StringBuilder();
        b.Append("# Import report\n\n");
        b.Append($"Source: {SourceKind} blog at `{SourceFolder}`\n\n");
        b.Append($"- posts written: {Posts}\n- pages written: {Pages}\n- files copied beside posts: {Files}\n");
        b.Append($"- links rewritten: {LinksRewritten}\n- old addresses kept as aliases: {Aliases}\n");
        b.Append($"- formulas: {Formulas.Sum(f => f.Source)} in the source, {Formulas.Sum(f => f.Imported)} imported\n");
        if (Unchanged.Count > 0) b.Append($"- files already there with the same content: {Unchanged.Count}\n");
        b.Append('\n');
        Section(b, "Files that exist and were not overwritten (use --force)", Kept);
        Section(b, "Posts that could not be read", Unreadable);
        Section(b, "Formulas that differ between the source and the import", FormulaDifferences);
        Section(b, "Files a post uses that are missing from the source", MissingFiles);
        Section(b, "Links that were broken in the source", BrokenLinks);
        Section(b, "TeX that MathJax 4 rejects (MathJax 2 accepted it)", TexFixes);
        Section(b, "Not converted", NotConverted);
        if (Attachments.Count > 0)
        {
            b.Append($"## Attachments in the export ({Attachments.Count}; not downloaded: copy them into input/assets/ and fix the links)\n\n");
            foreach (var a in Attachments) b.Append("- ").Append(a).Append('\n');
            b.Append('\n');
        }
        b.Append("## Formulas per post (source → imported)\n\n");
        foreach (var f in Formulas) b.Append($"- {f.File} → {f.Written}: {f.Source} → {f.Imported}\n");
        b.Append("\n## Next\n\nRun `blog build`. If the first build stops on formulas that MathJax 4 rejects, you may add\n");
        b.Append("`\"math\": {\"errors\": \"warn\"}` to statiq.json for a first look (the import does not set it), then fix them.\n");
        return b.ToString();
    }

    private static void Section(StringBuilder b, string title, List<Note> notes)
    {
        if (notes.Count == 0) return;
        b.Append($"## {title} ({notes.Count})\n\n");
        foreach (var n in notes.OrderBy(n => n.File, StringComparer.Ordinal).ThenBy(n => n.Line)) b.Append("- ").Append(n).Append('\n');
        b.Append('\n');
    }
}
