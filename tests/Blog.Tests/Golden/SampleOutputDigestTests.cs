using System.Security.Cryptography;
using System.Text;
using Blog.Tests.Support;

namespace Blog.Tests.Golden;

/// <summary>
/// Holds the sample blog's output byte-identical: every file of <c>output/</c> (path and SHA-256,
/// sorted by path, the format of <c>sha256sum</c>) against <c>tests/Blog.Tests/Golden/sample-output.sha256</c>.
/// The build is in build mode (MathJax at build time), cold and then warm (from the caches), and
/// both must give the same bytes. Nothing is excluded: the output holds no build time or random id.
/// A deliberate change of the output is recorded with <c>GOLDEN_UPDATE=1 dotnet test … --filter SampleOutputDigest</c>,
/// and the new digest file is reviewed and committed with the change that explains it.
/// </summary>
public sealed class SampleOutputDigestTests
{
    private static string DigestPath => Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests", "Golden", "sample-output.sha256");

    [Fact]
    public async Task Sample_blog_output_matches_the_stored_digest_cold_and_warm()
    {
        using var site = TestSite.Sample();
        site.Settings(s => (s["math"] ??= new System.Text.Json.Nodes.JsonObject())["render"] = "build");

        await site.BuildOkAsync();
        var cold = Digest(site.OutputFolder);
        await site.BuildOkAsync(); // the .cache/ of the first build is warm now
        var warm = Digest(site.OutputFolder);

        if (Environment.GetEnvironmentVariable("GOLDEN_UPDATE") == "1")
            File.WriteAllText(DigestPath, Format(cold));

        Assert.True(File.Exists(DigestPath), $"No stored digest {DigestPath}: run with GOLDEN_UPDATE=1 and commit it.");
        var stored = Parse(File.ReadAllText(DigestPath));
        var coldDiff = Differences(stored, cold);
        Assert.True(coldDiff.Count == 0,
            "The sample blog's output differs from tests/Blog.Tests/Golden/sample-output.sha256 (cold build):\n  "
            + string.Join("\n  ", coldDiff)
            + "\nIf the change is deliberate, rerun with GOLDEN_UPDATE=1 to rewrite the digest, and say why in the commit.");
        var warmDiff = Differences(cold, warm);
        Assert.True(warmDiff.Count == 0, "A warm build (caches filled by the cold one) wrote other bytes than the cold build:\n  " + string.Join("\n  ", warmDiff));
    }

    /// <summary>Path (relative, '/' separators) → SHA-256 of the file's bytes, lowercase hex.</summary>
    public static SortedDictionary<string, string> Digest(string folder)
    {
        var digest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            digest[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        return digest;
    }

    private static string Format(SortedDictionary<string, string> digest)
    {
        var text = new StringBuilder();
        foreach (var (path, hash) in digest) text.Append(hash).Append("  ").Append(path).Append('\n');
        return text.ToString();
    }

    private static SortedDictionary<string, string> Parse(string text)
    {
        var digest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            digest[line[66..]] = line[..64];
        return digest;
    }

    /// <summary>"changed x", "missing x" (expected, not written), "extra x" (written, not expected).</summary>
    private static List<string> Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        var list = new List<string>();
        foreach (var (path, hash) in expected)
            if (!actual.TryGetValue(path, out var got)) list.Add("missing " + path);
            else if (got != hash) list.Add("changed " + path);
        foreach (var path in actual.Keys)
            if (!expected.ContainsKey(path)) list.Add("extra   " + path);
        return list;
    }
}
