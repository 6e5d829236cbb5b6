using System.Text;
using Blog.Tests.Support;

namespace Blog.Tests.Specs;

/// <summary>One example of a spec file: its number in the file (from 1), the heading it sits under, its Markdown and the HTML expected.</summary>
public sealed record SpecExample(int Number, string Section, string Markdown, string Html);

/// <summary>
/// A spec file in Markdig's format (xoofx/markdig, src/Markdig.Tests/Specs/*.md): prose and headings, and
/// examples, each a fence of 32 backticks with the word <c>example</c>, the Markdown, a line holding one
/// <c>.</c>, the HTML, and a closing fence of 32 backticks. An example's name is its number in the file and
/// the nearest heading above it. A tab in an example is written <c>→</c>, as in Markdig's and CommonMark's specs.
/// </summary>
public static class SpecFile
{
    public const string Open = "```````````````````````````````` example";
    public const string Close = "````````````````````````````````";

    /// <summary>The folder of the spec files.</summary>
    public static string Folder => Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests", "Specs");

    public static string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The spec files, by name (<c>math.md</c>, …).</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Directory.GetFiles(Folder, "*.md").Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal)!];

    /// <summary>The examples of a file, in order.</summary>
    /// <exception cref="FormatException">An example lacks its <c>.</c> line or its closing fence (with the line number).</exception>
    public static IReadOnlyList<SpecExample> Load(string file)
    {
        var lines = File.ReadAllText(PathOf(file)).Replace("\r\n", "\n").Split('\n');
        var examples = new List<SpecExample>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#').Trim();
            if (lines[i] != Open) continue;
            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Close, start);
            if (dot < 0 || end < 0 || dot > end)
                throw new FormatException($"{file}:{i + 1}: an example needs a '.' line and a closing fence of 32 backticks.");
            examples.Add(new SpecExample(examples.Count + 1, section,
                Untab(string.Join('\n', lines[start..dot]) + "\n"), Untab(string.Join('\n', lines[(dot + 1)..end]))));
            i = end;
        }
        return examples;
    }

    private static string Untab(string text) => text.Replace('→', '\t');

    public static bool Updating => Environment.GetEnvironmentVariable("GOLDEN_UPDATE") == "1";

    private static readonly Lock Gate = new();

    /// <summary>Replaces the expected HTML of example <paramref name="number"/> with <paramref name="html"/> (GOLDEN_UPDATE=1).</summary>
    public static void Update(string file, int number, string html)
    {
        lock (Gate)
        {
            var path = PathOf(file);
            var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n').ToList();
            var seen = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i] != Open || ++seen != number) continue;
                var dot = lines.IndexOf(".", i + 1);
                var end = lines.IndexOf(Close, i + 1);
                lines.RemoveRange(dot + 1, end - dot - 1);
                lines.InsertRange(dot + 1, html.Replace('\t', '→').Split('\n'));
                break;
            }
            File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));
        }
    }
}
