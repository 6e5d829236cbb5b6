using System.Text.RegularExpressions;

namespace PreviewBench;

/// <summary>
/// A site of N posts made from the sample blog: its theme, settings and the other input files
/// (bibliography, pages), and N posts copied from the sample articles with new slugs, dates, titles
/// and tags; same math and prose.
/// </summary>
/// <remarks>
/// Compute blocks: the first copy of each article is the article itself, under its own file name, so
/// its blocks run with the seed they were written for (the seed comes from the page's path, and the
/// articles' <c>Check</c>s hold for that seed; a copy under another name draws other numbers, and the
/// Gumbel article's check fails). In the other copies the blocks are plain code listings: 992 copies
/// of a compute page would each start a fresh worker and run its blocks (about 3 s of CPU a page,
/// 50 min for the site), which measures the compute stage's first build, not the preview.
/// </remarks>
public sealed class Corpus
{
    private readonly string[] _files;

    private Corpus(string folder, string[] files) => (Folder, _files) = (folder, files);

    /// <summary>The site's root folder.</summary>
    public string Folder { get; }

    /// <summary>How many posts.</summary>
    public int Count => _files.Length;

    public static Corpus Create(string repo, string folder, int posts)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        CopyFolder(Path.Combine(repo, "theme"), Path.Combine(folder, "theme"));
        File.Copy(Path.Combine(repo, "statiq.json"), Path.Combine(folder, "statiq.json"));
        var input = Path.Combine(repo, "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(input, file);
            if (relative.StartsWith("posts" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var target = Path.Combine(folder, "input", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var postsFolder = Path.Combine(folder, "input", "posts");
        Directory.CreateDirectory(postsFolder);
        var samples = Directory.GetFiles(Path.Combine(input, "posts"), "*.md").Order(StringComparer.Ordinal).ToArray();
        // Cross-references between articles name the slug (@angle-between-random-vectors/cor-orthogonal):
        // they point at the article itself, post k, whose slug is now post-000k.
        var slugs = samples.Select((file, k) => (Old: Regex.Match(File.ReadAllText(file), "^slug: *(.+?) *$", RegexOptions.Multiline).Groups[1].Value, New: $"post-{k:D4}"))
            .Where(s => s.Old.Length > 0).ToArray();
        var files = new string[posts];
        for (var i = 0; i < posts; i++)
        {
            var sample = samples[i % samples.Length];
            var text = File.ReadAllText(sample);
            var original = i < samples.Length;
            if (!original) text = WithoutCompute(text);
            foreach (var (old, @new) in slugs) text = text.Replace("@" + old + "/", "@" + @new + "/");
            text = Regex.Replace(text, "^slug:.*$", $"slug: post-{i:D4}", RegexOptions.Multiline);
            text = Regex.Replace(text, "^date:.*$", $"date: {2010 + i / 120}-{1 + i / 10 % 12:D2}-{1 + i % 28:D2}", RegexOptions.Multiline);
            text = Regex.Replace(text, "^title:(.*)$", m => $"title:{m.Groups[1].Value} #{i}", RegexOptions.Multiline);
            text = Regex.Replace(text, @"^tags: \[(.*)\]$", m => $"tags: [{m.Groups[1].Value}, t{i % 50}]", RegexOptions.Multiline);
            // A line the benchmark edits: prose in the middle of the body, not in the excerpt.
            text += $"\n\n编辑标记 0 of post {i}.\n";
            files[i] = Path.Combine(postsFolder, original ? Path.GetFileName(sample) : $"p{i:D4}.md");
            File.WriteAllText(files[i], text);
        }
        return new Corpus(folder, files);
    }

    /// <summary>The Markdown file of post <paramref name="i"/>.</summary>
    public string PostPath(int i) => _files[i];

    public static string PostUrl(int i) => $"/{2010 + i / 120}/{1 + i / 10 % 12:D2}/post-{i:D4}/";

    /// <summary>
    /// The article with its compute blocks as code listings: <c>```{csharp}</c> fences become
    /// <c>```csharp</c>, inline <c>`{csharp} x`</c> becomes <c>`x`</c>, and the references to the
    /// figures and tables the blocks made (<c>@fig-…</c>, <c>@tbl-…</c>) plain text.
    /// </summary>
    private static string WithoutCompute(string text)
    {
        text = Regex.Replace(text, @"^(\s*)```\{csharp\}", "$1```csharp", RegexOptions.Multiline);
        text = text.Replace("`{csharp} ", "`");
        return Regex.Replace(text, @"@((?:fig|tbl)-[\w-]+)", "$1");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
