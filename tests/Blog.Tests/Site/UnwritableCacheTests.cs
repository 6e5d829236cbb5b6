using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>A cache that cannot be written is an optimisation lost, never a failed build: the output is what a build with a working cache writes.</summary>
public sealed class UnwritableCacheTests
{
    [Theory]
    [InlineData("feed")]
    [InlineData("mathjax")]
    [InlineData("feed/entries.json")]
    public async Task A_cache_folder_that_is_a_file_or_a_cache_file_that_is_a_folder_is_skipped(string blocked)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\nslug: a\n---\n\n公式 $x^2$ 与 $$\\int_0^1 x\\,dx$$。\n");
        await site.BuildOkAsync();
        var expected = site.ReadOutput("atom.xml");
        var page = site.ReadOutput("2020/01/a/index.html");

        var path = Path.Combine(site.Root, ".cache", blocked);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        if (File.Exists(path)) File.Delete(path);
        if (blocked.EndsWith(".json", StringComparison.Ordinal)) Directory.CreateDirectory(path); // a folder where the file goes
        else File.WriteAllText(path, "not a folder"); // a file where the folder goes
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\nslug: a\n---\n\n公式 $x^3$ 与 $$\\int_0^1 x\\,dx$$。\n");
        await site.BuildOkAsync();
        Assert.Contains("x^3", site.ReadOutput("atom.xml"));

        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\nslug: a\n---\n\n公式 $x^2$ 与 $$\\int_0^1 x\\,dx$$。\n");
        await site.BuildOkAsync();
        Assert.Equal(expected, site.ReadOutput("atom.xml"));
        Assert.Equal(page, site.ReadOutput("2020/01/a/index.html"));
    }
}
