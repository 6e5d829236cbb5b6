using Blog.Pipelines;
using Blog.Tests.Support;

namespace Blog.Tests.Pipeline;

/// <summary>
/// Files every build writes unchanged (MathJax, Pagefind's scripts) are hard links to a private copy
/// in <c>.cache/assets</c>: never to the source, and a copy edited through the output is made again.
/// </summary>
public sealed class LinkedCopiesTests
{
    [Fact]
    public void Two_places_share_one_private_copy_and_an_edit_through_one_leaves_the_source_alone()
    {
        using var site = TestSite.Empty();
        var source = Path.Combine(site.Root, "source.js");
        File.WriteAllText(source, "console.log(1);\n");
        var links = new LinkedCopies(Path.Combine(site.Root, ".cache", "assets"));
        string At(string name) => Path.Combine(site.Root, name);

        links.Place(source, At("one.js"));
        links.Place(source, At("two.js"));
        File.AppendAllText(At("one.js"), "edited();\n"); // in place, as `>>` or an editor without backups would

        // A hard link: the edit shows through the other place too, but the source is untouched.
        Assert.Equal("console.log(1);\nedited();\n", File.ReadAllText(At("two.js")));
        Assert.Equal("console.log(1);\n", File.ReadAllText(source));
        // The edited copy is noticed (its time moved) and made again for the next place.
        links.Place(source, At("three.js"));
        Assert.Equal("console.log(1);\n", File.ReadAllText(At("three.js")));
    }

    [Fact]
    public void A_changed_source_is_copied_again()
    {
        using var site = TestSite.Empty();
        var source = Path.Combine(site.Root, "source.js");
        File.WriteAllText(source, "v1");
        var links = new LinkedCopies(Path.Combine(site.Root, ".cache", "assets"));
        links.Place(source, Path.Combine(site.Root, "a.js"));
        File.WriteAllText(source, "v2, longer");
        links.Place(source, Path.Combine(site.Root, "b.js"));
        Assert.Equal("v1", File.ReadAllText(Path.Combine(site.Root, "a.js")));
        Assert.Equal("v2, longer", File.ReadAllText(Path.Combine(site.Root, "b.js")));
    }

    [Fact]
    public async Task Editing_MathJax_in_the_output_changes_neither_node_modules_nor_the_next_build()
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["math"]!["render"] = "client");
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\n---\n\n公式 $x$。\n");
        await site.BuildOkAsync();
        var file = Path.Combine(site.OutputFolder, "assets", "mathjax", "tex-chtml.js");
        var source = Path.Combine(Typesetting.NodeModules.Find(site.Root)!, "mathjax", "tex-chtml.js");
        var original = File.ReadAllBytes(source);
        Assert.Equal(original, File.ReadAllBytes(file));

        await using (var stream = new FileStream(file, FileMode.Append)) stream.Write("/* edited */"u8);
        Assert.Equal(original, File.ReadAllBytes(source));

        await site.BuildOkAsync();
        Assert.Equal(original, File.ReadAllBytes(file));
        Assert.Equal(original, File.ReadAllBytes(source));
    }
}
