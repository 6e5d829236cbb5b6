using Blog.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Blog.Tests.Architecture;

/// <summary>
/// The tests test the tool, not the blogger's site: no test reads the repository's live <c>input/</c>,
/// <c>theme/</c> or <c>statiq.json</c> except <c>Site/YourBlogTests</c>, so that replacing the sample
/// posts, the title, the language or a theme file changes only that test's outcome. Read from the
/// tests' source with Roslyn: any statement or member that names <see cref="TestSite.RepoRoot"/>
/// together with one of those names (as a path part or a path prefix) is reported at its file and line.
/// </summary>
public class TestFixtureTests
{
    private static readonly string[] LiveSiteParts = ["input", "theme", "statiq.json", "output"];

    /// <summary>The only file allowed to build the repository's own site.</summary>
    private const string YourBlogTest = "Site/YourBlogTests.cs";

    [Fact]
    public void No_test_but_YourBlogTests_reads_the_repository_site()
    {
        var folder = Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative == YourBlogTest || relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            offences.AddRange(Offences(relative, File.ReadAllText(file)));
        }
        Assert.True(offences.Count == 0, "Tests that read the repository's own site (use TestSite.Sample() or TestSite.Empty() and the fixtures under tests/):\n  "
            + string.Join("\n  ", offences));
    }

    [Theory]
    [InlineData("""var p = Path.Combine(TestSite.RepoRoot, "input", "posts");""", true)]
    [InlineData("""static string T = Path.Combine(Support.TestSite.RepoRoot, "theme");""", true)]
    [InlineData("""var s = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "statiq.json"));""", true)]
    [InlineData("""var p = Path.Combine(TestSite.RepoRoot, "theme/strings/en.json");""", true)]
    [InlineData("""var p = Path.Combine(TestSite.RepoRoot, "tests", "Blog.Tests", "Golden", "x");""", false)]
    [InlineData("""var p = Path.Combine(site.Root, "input", "posts");""", false)]
    public void The_guard_sees_a_path_into_the_live_site(string statement, bool offends)
        => Assert.Equal(offends, Offences("x.cs", "class C { void M() { " + statement + " } }").Any()
            || Offences("x.cs", "class C { " + statement.Replace("var ", "string ") + " }").Any());

    private static IEnumerable<string> Offences(string file, string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var name in root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.Text == nameof(TestSite.RepoRoot)))
        {
            SyntaxNode scope = (SyntaxNode?)name.FirstAncestorOrSelf<StatementSyntax>()
                ?? (SyntaxNode?)name.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? name;
            var literals = scope.DescendantNodes().OfType<LiteralExpressionSyntax>()
                .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)).Select(l => l.Token.ValueText);
            var hit = literals.FirstOrDefault(t => LiveSiteParts.Any(p => t == p || t.StartsWith(p + "/", StringComparison.Ordinal)));
            if (hit is not null)
                yield return $"{file}({name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): RepoRoot with \"{hit}\"";
        }
    }
}
