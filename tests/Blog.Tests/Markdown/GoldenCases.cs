using Blog.Tests.Support;

namespace Blog.Tests.Markdown;

/// <summary>The files beside the Markdown tests (the seed's magic cube); the math extension's examples are in <c>Specs/math.md</c>.</summary>
public static class GoldenCase
{
    public static string PathOf(string file) => Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests", "Markdown", "Golden", file);
}
