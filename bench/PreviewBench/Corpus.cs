using System.Text.RegularExpressions;

namespace PreviewBench;

/// <summary>A site of N posts made from the sample articles: new slugs, dates, titles and tags; same math and prose.</summary>
public static class Corpus
{
    public static string Create(string repo, string folder, int posts)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        CopyFolder(Path.Combine(repo, "theme"), Path.Combine(folder, "theme"));
        File.Copy(Path.Combine(repo, "statiq.json"), Path.Combine(folder, "statiq.json"));
        var postsFolder = Path.Combine(folder, "input", "posts");
        Directory.CreateDirectory(postsFolder);
        var samples = Directory.GetFiles(Path.Combine(repo, "input", "posts"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < posts; i++)
        {
            var text = samples[i % samples.Length];
            text = Regex.Replace(text, "^slug:.*$", $"slug: post-{i:D4}", RegexOptions.Multiline);
            text = Regex.Replace(text, "^date:.*$", $"date: {2010 + i / 120}-{1 + i / 10 % 12:D2}-{1 + i % 28:D2}", RegexOptions.Multiline);
            text = Regex.Replace(text, "^title:(.*)$", m => $"title:{m.Groups[1].Value} #{i}", RegexOptions.Multiline);
            text = Regex.Replace(text, @"^tags: \[(.*)\]$", m => $"tags: [{m.Groups[1].Value}, t{i % 50}]", RegexOptions.Multiline);
            // A line the benchmark edits: prose in the middle of the body, not in the excerpt.
            text += $"\n\n编辑标记 0 of post {i}.\n";
            File.WriteAllText(Path.Combine(postsFolder, $"p{i:D4}.md"), text);
        }
        return folder;
    }

    public static string PostPath(string site, int i) => Path.Combine(site, "input", "posts", $"p{i:D4}.md");

    public static string PostUrl(int i) => $"/{2010 + i / 120}/{1 + i / 10 % 12:D2}/post-{i:D4}/";

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
