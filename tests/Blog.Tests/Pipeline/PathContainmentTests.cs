using Blog.Diagnostics;
using Blog.Paths;
using Blog.Tests.Support;

namespace Blog.Tests.Pipeline;

/// <summary>The one "is this path inside that folder" check: dots, prefixes, separators, links.</summary>
public sealed class PathContainmentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("blog-contain-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string At(string relative) => Path.Combine(_root, relative);

    [Theory]
    [InlineData("theme", "theme/partials/a.sbn-html", true)]
    [InlineData("theme", "theme/partials/../layouts/x", true)]
    [InlineData("theme", "theme/partials/../../theme-x/evil", false)] // the trailing-separator case
    [InlineData("theme", "theme-x/evil", false)]
    [InlineData("theme", "themes/a", false)]
    [InlineData("theme", "theme", false)] // the folder is not inside itself
    [InlineData("theme/", "theme/a", true)]
    [InlineData("theme", "theme/./a/../../outside", false)]
    [InlineData("output", "output2/x", false)]
    public void Inside_by_name(string folder, string path, bool inside)
    {
        Assert.Equal(inside, PathContainment.IsInside(At(folder), At(path)));
        Assert.Equal(inside, PathContainment.IsInsideResolved(At(folder), At(path)));
    }

    [Fact]
    public void Same_or_inside_counts_the_folder_itself()
    {
        Assert.True(PathContainment.IsSameOrInside(At("input"), At("input/")));
        Assert.True(PathContainment.IsSameOrInside(At("input"), At("input/posts/a.md")));
        Assert.False(PathContainment.IsSameOrInside(At("input"), At("input-old/a.md")));
    }

    [Fact]
    public void A_link_inside_that_points_outside_is_outside_only_when_resolved()
    {
        Directory.CreateDirectory(At("site/assets"));
        Directory.CreateDirectory(At("secret"));
        File.WriteAllText(At("secret/key"), "x");
        File.CreateSymbolicLink(At("site/assets/key"), At("secret/key"));
        Directory.CreateSymbolicLink(At("site/assets/dir"), At("secret"));
        File.CreateSymbolicLink(At("site/assets/inner"), At("site/assets/real.txt"));
        File.WriteAllText(At("site/assets/real.txt"), "y");

        Assert.True(PathContainment.IsInside(At("site"), At("site/assets/key")));
        Assert.False(PathContainment.IsInsideResolved(At("site"), At("site/assets/key")));
        Assert.False(PathContainment.IsInsideResolved(At("site"), At("site/assets/dir/key"))); // a link in a folder on the way
        Assert.True(PathContainment.IsInsideResolved(At("site"), At("site/assets/inner")));
        Assert.True(PathContainment.IsInsideResolved(At("site"), At("site/assets/not-yet/written.txt")));
    }

    [Fact]
    public void A_link_loop_is_outside()
    {
        Directory.CreateDirectory(At("site"));
        File.CreateSymbolicLink(At("site/a"), At("site/b"));
        File.CreateSymbolicLink(At("site/b"), At("site/a"));
        Assert.False(PathContainment.IsInsideResolved(At("site"), At("site/a")));
    }

    [Fact]
    public async Task A_template_cannot_include_a_file_beside_the_theme()
    {
        using var site = TestSite.Empty();
        site.WriteFile("theme-x/evil.sbn-html", "秘密");
        site.WriteFile("theme/partials/header.sbn-html", "{{ include \"../../theme-x/evil\" }}");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("outside the theme folder", error.Message);
        Assert.EndsWith("header.sbn-html", error.File);
        Assert.Equal(1, error.Line);
        Assert.False(Directory.Exists(site.OutputFolder));
    }
}
