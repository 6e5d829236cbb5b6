using Blog.Diagnostics;
using Blog.Theme;
using Blog.Tests.Support;

namespace Blog.Tests.Theme;

/// <summary><c>blog theme eject [FILE]</c> copies built-in theme files into theme/ and never overwrites one silently.</summary>
public sealed class ThemeEjectTests
{
    [Theory]
    [InlineData("partials/footer.sbn-html")]
    [InlineData("theme/partials/footer.sbn-html")]
    [InlineData("./partials/footer.sbn-html")]
    public void One_file_is_copied_byte_for_byte(string file)
    {
        using var site = TestSite.Empty();
        var copied = ThemeEject.Run(site.Root, file, force: false);
        Assert.Equal(["theme/partials/footer.sbn-html"], copied);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestSite.BuiltInTheme, "partials", "footer.sbn-html")),
            File.ReadAllBytes(Path.Combine(site.Root, "theme", "partials", "footer.sbn-html")));
    }

    [Fact]
    public void Without_a_file_the_whole_theme_is_copied_and_a_folder_copies_its_files()
    {
        using var site = TestSite.Empty();
        var all = ThemeEject.Run(site.Root, null, force: false);
        var builtIn = Directory.EnumerateFiles(TestSite.BuiltInTheme, "*", SearchOption.AllDirectories).Count();
        Assert.Equal(builtIn, all.Count);
        Assert.Contains("theme/layouts/base.sbn-html", all);
        using var other = TestSite.Empty();
        Assert.All(ThemeEject.Run(other.Root, "assets/css", force: false), p => Assert.StartsWith("theme/assets/css/", p));
    }

    [Fact]
    public void An_existing_file_is_not_overwritten_without_force()
    {
        using var site = TestSite.Empty().WriteFile("theme/partials/footer.sbn-html", "mine");
        var error = Assert.Throws<DiagnosticException>(() => ThemeEject.Run(site.Root, null, force: false)).Diagnostic;
        Assert.Contains("theme/partials/footer.sbn-html", error.Message);
        Assert.Contains("--force", error.Hint);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "theme", "partials", "footer.sbn-html")));
        Assert.False(File.Exists(Path.Combine(site.Root, "theme", "layouts", "base.sbn-html")), "nothing is copied when one file is refused");

        ThemeEject.Run(site.Root, "partials/footer.sbn-html", force: true);
        Assert.NotEqual("mine", File.ReadAllText(Path.Combine(site.Root, "theme", "partials", "footer.sbn-html")));
    }

    [Theory]
    [InlineData("partials/no-such.sbn-html", "has no file or folder")]
    [InlineData("../statiq.json", "not inside the theme")]
    [InlineData("../../etc/passwd", "not inside the theme")]
    public void An_unknown_or_outside_file_is_refused(string file, string words)
    {
        using var site = TestSite.Empty();
        var error = Assert.Throws<DiagnosticException>(() => ThemeEject.Run(site.Root, file, force: false)).Diagnostic;
        Assert.Contains(words, error.Message);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
    }

    [Fact]
    public void The_command_line_reports_a_refusal_without_a_stack_trace()
    {
        using var site = TestSite.Empty().WriteFile("theme/assets/css/site.css", "x");
        var run = site.RunCli("theme", "eject", "assets/css/site.css");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--force", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(0, site.RunCli("theme", "eject", "assets/css/site.css", "--force").ExitCode);
    }
}
