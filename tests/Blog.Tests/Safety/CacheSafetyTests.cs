using System.Text.Json.Nodes;
using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// Caches only save time: a cache folder that cannot be used (a file in its place) costs one warning
/// and the build succeeds with the same pages; a byte changed in a cache entry (citations, compute,
/// the search bundle, the private asset copies) is caught by its SHA-256 and never published.
/// </summary>
public sealed class CacheSafetyTests
{
    private const string Bib = "@article{ma2020, author = {Ma, Wan}, title = {Unique Title Words}, journal = {J}, year = {2020}}\n";

    /// <summary>A site that uses every cache: a citation, a compute block, MathJax copied for the browser, a search index.</summary>
    private static TestSite Site()
    {
        var site = SafetySite.New();
        site.Settings(s => s["bibliography"] = new JsonArray("refs.bib"));
        site.WriteFile("input/refs.bib", Bib);
        site.WriteFile("input/posts/a.md", "---\ntitle: a\ndate: 2020-01-01\nslug: a\n---\n\nSee [@ma2020] and $x^2$.\n\n```{csharp}\n\"computed-\" + (6 * 7)\n```\n");
        return site;
    }

    private static List<Diagnostic> Warnings(Blog.Site.BuildResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();

    [Theory]
    [InlineData("citations")]
    [InlineData("compute")]
    [InlineData("assets")]
    [InlineData("search")]
    public async Task A_cache_folder_replaced_by_a_file_is_one_warning_and_the_same_site(string cache)
    {
        using var site = Site();
        site.WriteFile($".cache/{cache}", "not a folder");

        var result = await site.BuildOkAsync();
        var page = site.ReadOutput("2020/01/a/index.html");
        var warning = Assert.Single(Warnings(result), w => w.Message.Contains($".cache/{cache}"));
        Assert.Contains("goes on without it", warning.Message);
        Assert.Contains("Unique title words", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("computed-42", page);

        // The next build the same: still one warning, never an error.
        result = await site.BuildOkAsync();
        Assert.Single(Warnings(result), w => w.Message.Contains($".cache/{cache}"));
    }

    [Fact]
    public async Task A_changed_byte_in_a_citation_or_compute_entry_is_not_published()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var changed = 0;
        foreach (var (folder, from, to) in new[] { ("citations", "Unique", "Tamper"), ("compute", "computed-", "tampered-") })
            foreach (var file in Directory.GetFiles(Path.Combine(site.Root, ".cache", folder), "*.json"))
            {
                var text = File.ReadAllText(file);
                if (!text.Contains(from)) continue;
                File.WriteAllText(file, text.Replace(from, to));
                changed++;
            }
        Assert.True(changed >= 2, "no cache entry held the text to change");

        await site.BuildOkAsync();
        var page = site.ReadOutput("2020/01/a/index.html");
        Assert.Contains("Unique title words", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("computed-42", page);
        Assert.DoesNotContain("Tamper", page);
        Assert.DoesNotContain("tampered-", page);
    }

    [Fact]
    public async Task A_changed_byte_in_an_asset_copy_or_the_search_bundle_is_not_published_even_with_size_and_time_kept()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var assets = Directory.GetFiles(Path.Combine(site.Root, ".cache", "assets")).Where(f => !f.EndsWith(".sha256")).ToList();
        var bundle = Directory.GetFiles(Path.Combine(site.Root, ".cache", "search", "bundle"), "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        Assert.NotEmpty(assets);
        Assert.NotEmpty(bundle);
        // Expected bytes: the output as the first build wrote it (read now, before the output's links share the change).
        var expected = new Dictionary<string, byte[]>();
        foreach (var file in Directory.GetFiles(site.OutputFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.OutputFolder, f))) expected[file] = File.ReadAllBytes(Path.Combine(site.OutputFolder, file));
        foreach (var file in assets.Concat(bundle)) FlipMiddleByte(file);

        await site.BuildOkAsync();
        foreach (var (file, bytes) in expected)
            if (File.Exists(Path.Combine(site.OutputFolder, file)) && !file.EndsWith(".html") && !file.EndsWith(".xml"))
                Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.OutputFolder, file))), $"{file} was published changed");
    }

    /// <summary>Changes one byte in place (same inode, same size) and puts the modification time back.</summary>
    private static void FlipMiddleByte(string file)
    {
        var time = File.GetLastWriteTimeUtc(file);
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
        {
            if (stream.Length == 0) return;
            stream.Position = stream.Length / 2;
            var b = stream.ReadByte();
            stream.Position = stream.Length / 2;
            stream.WriteByte((byte)(b ^ 0x01));
        }
        File.SetLastWriteTimeUtc(file, time);
    }
}
