using System.Text;
using Blog.Tests.Support;

namespace Blog.Tests.Markdown;

/// <summary>
/// A file of golden cases: "#### name", the Markdown, a line ".", the expected HTML. Text before
/// the first case is a comment. With GOLDEN_UPDATE=1 the tests write what they got back into the
/// file, to be reviewed as a diff.
/// </summary>
public sealed record GoldenCase(string Name, string Markdown, string Html)
{
    public override string ToString() => Name;

    public static string PathOf(string file) => Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests", "Markdown", "Golden", file);

    public static IReadOnlyList<GoldenCase> Load(string file)
    {
        var text = File.ReadAllText(PathOf(file)).Replace("\r\n", "\n");
        var cases = new List<GoldenCase>();
        foreach (var block in text.Split("\n#### ").Skip(1))
        {
            var name = block[..block.IndexOf('\n')];
            var body = block[(name.Length + 1)..];
            var dot = body.IndexOf("\n.\n", StringComparison.Ordinal) is var i and >= 0 ? i : body.IndexOf("\n.", StringComparison.Ordinal);
            if (dot < 0) throw new FormatException($"{file}: case '{name}' has no '.' line.");
            var html = dot + 3 <= body.Length ? body[(dot + 3)..] : "";
            cases.Add(new GoldenCase(name, body[..dot] + "\n", html.Trim('\n')));
        }
        return cases;
    }

    public static bool Updating => Environment.GetEnvironmentVariable("GOLDEN_UPDATE") == "1";

    private static readonly object Gate = new();

    /// <summary>Replaces one case's expected HTML in the file (GOLDEN_UPDATE=1 only).</summary>
    public static void Update(string file, string name, string actual)
    {
        lock (Gate)
        {
            var path = PathOf(file);
            var text = File.ReadAllText(path);
            var header = $"\n#### {name}\n";
            var start = text.IndexOf(header, StringComparison.Ordinal);
            var dot = text.IndexOf("\n.\n", start, StringComparison.Ordinal) + 3;
            var next = text.IndexOf("\n#### ", dot - 1, StringComparison.Ordinal);
            var rest = next < 0 ? "" : text[next..];
            var sb = new StringBuilder(text[..dot]).Append(actual.Trim('\n')).Append('\n');
            if (next >= 0) sb.Append(rest.TrimStart('\n').Insert(0, "\n"));
            File.WriteAllText(path, sb.ToString());
        }
    }
}
