using Blog.Diagnostics;
using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>
/// The one test that reads the repository's own blog (its live <c>input/</c>, <c>theme/</c> and
/// <c>statiq.json</c>), whatever the blogger has put there: it builds that site as it is (into a temp
/// output folder) and fails when the build reports any error (a broken link, a TeX error, a failed
/// <c>Check</c>, an unknown reference…), listing each as <c>file(line,col): message</c>. Every other
/// test builds fixtures under <c>tests/</c> (<see cref="TestSite"/>), so replacing the sample posts
/// changes only what this test checks (Architecture/TestFixtureTests holds that).
/// </summary>
public sealed class YourBlogTests
{
    [Fact]
    public async Task The_repository_blog_builds_without_errors()
    {
        var output = Path.Combine(Path.GetTempPath(), "blog-tests", "your-blog-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = TestSite.RepoRoot, Output = output });
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.True(result.Success && errors.Count == 0,
                $"Your blog ({TestSite.RepoRoot}) does not build: {errors.Count} error(s).\n"
                + string.Join("\n", errors.Select(d => $"{d.File}({d.Line},{Math.Max(d.Column, 1)}): {d.Message}" + (d.Hint is null ? "" : $" ({d.Hint})"))));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
