using Blog.Cli;
using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Cli;

/// <summary>
/// <c>blog init</c> writes a blog that builds with zero warnings in either shipped language, holding only the
/// blogger's files; it refuses a non-empty folder and an unknown language; commands outside a blog say to run it.
/// </summary>
public sealed class InitTests
{
    [Theory]
    [InlineData("en", "Welcome to your math blog")]
    [InlineData("zh-CN", "欢迎来到你的数学博客")]
    public async Task A_new_blog_builds_with_zero_warnings(string language, string title)
    {
        using var site = TestSite.Blank();
        var written = BlogInit.Run(site.Root, new BlogInit.Options(Title: "Proofs", Author: "Ada", Language: language));
        Assert.Contains(".github/workflows/pages.yml", written);
        Assert.Equal(
            [".github/workflows/pages.yml", ".gitignore", "input/pages/about.md", "input/posts/welcome.md", "input/references.bib", "statiq.json"],
            Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

        var result = await site.BuildOkAsync();
        Assert.Empty(result.Diagnostics);
        var post = site.Html(site.HtmlFiles().Single(f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^\d{4}/\d{2}/welcome/index\.html$")));
        Assert.Contains(title, post.Title);
        Assert.Equal(language, post.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(post.QuerySelectorAll("mjx-container")); // math (build mode by default)
        Assert.NotNull(post.QuerySelector("#thm-odd-sum"));      // the theorem
        Assert.NotNull(post.QuerySelector("#fig-odd-sums img, #fig-odd-sums svg")); // the computed figure
        Assert.Contains("KNUTH", post.Body!.TextContent.ToUpperInvariant()); // the formatted citation (GB/T 7714 writes the name in capitals)
        Assert.True(site.OutputExists("about/index.html") || site.HtmlFiles().Any(f => f.Contains("about")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "node_modules")));
    }

    [Fact]
    public void A_folder_with_files_is_refused_naming_it_and_force()
    {
        using var site = TestSite.Blank().WriteFile("notes.txt", "mine");
        var error = Assert.Throws<DiagnosticException>(() => BlogInit.Run(site.Root, new BlogInit.Options())).Diagnostic;
        Assert.Contains(site.Root, error.Message);
        Assert.Contains("--force", error.Hint);
        Assert.False(File.Exists(Path.Combine(site.Root, "statiq.json")));
        BlogInit.Run(site.Root, new BlogInit.Options(Force: true));
        Assert.True(File.Exists(Path.Combine(site.Root, "statiq.json")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "notes.txt")));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("zh")]
    [InlineData("")]
    public void An_unknown_language_lists_the_shipped_ones(string language)
    {
        using var site = TestSite.Blank();
        var error = Assert.Throws<DiagnosticException>(() => BlogInit.Run(site.Root, new BlogInit.Options(Language: language))).Diagnostic;
        Assert.Contains("en, zh-CN", error.Hint);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root));
    }

    [Fact]
    public void The_shipped_languages_are_those_the_built_in_theme_has_strings_for()
        => Assert.All(BlogInit.Languages, l => Assert.True(File.Exists(Path.Combine(TestSite.BuiltInTheme, "strings", l + ".json")), l));

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("deploy")]
    public void A_command_outside_a_blog_says_to_run_init_or_pass_root(string command)
    {
        using var site = TestSite.Blank();
        var run = site.RunCli(command);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("statiq.json", run.Stderr);
        Assert.Contains("blog init", run.Stderr);
        Assert.Contains("--root", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void The_command_line_refuses_a_non_empty_folder_and_an_unknown_language_in_one_message()
    {
        using var site = TestSite.Blank().WriteFile("x.md", "x");
        var full = site.RunCli("init");
        Assert.Equal(2, full.ExitCode);
        Assert.Contains("--force", full.Stderr);
        var language = site.RunCli("init", "sub", "--language", "fr");
        Assert.Equal(2, language.ExitCode);
        Assert.Contains("en, zh-CN", language.Stderr);
        Assert.DoesNotContain("   at ", full.Stderr + language.Stderr);
    }

    [Fact]
    public void Version_names_the_tool_and_the_node_packages()
    {
        using var site = TestSite.Blank();
        var run = site.RunCli("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^blog \d+\.\d+\.\d+", run.Stdout);
        Assert.Matches(@"MathJax \d+\.\d+\.\d+, Pagefind \d+\.\d+\.\d+, citeproc \d+\.\d+\.\d+", run.Stdout);
    }
}
