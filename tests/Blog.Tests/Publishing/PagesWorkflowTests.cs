using Blog.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Blog.Tests.Publishing;

/// <summary>.github/workflows/pages.yml parses and publishes with the official Pages actions, in order.</summary>
public sealed class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestSite.RepoRoot, ".github", "workflows", "pages.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    private static IReadOnlyList<YamlMappingNode> Steps(string job) => ((YamlSequenceNode)At(Workflow, "jobs", job, "steps")).Cast<YamlMappingNode>().ToList();

    /// <summary>A step's "uses" or "run" value, "" when it has none.</summary>
    private static string Field(YamlMappingNode step, string key) => step.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v.ToString() : "";

    private static YamlMappingNode Step(string job, string action) => Steps(job).Single(s => Field(s, "uses").StartsWith(action + "@"));

    [Fact]
    public void It_runs_on_pushes_to_main_with_the_permissions_and_concurrency_Pages_needs()
    {
        Assert.Contains("main", ((YamlSequenceNode)At(Workflow, "on", "push", "branches")).Select(n => n.ToString()));
        Assert.Equal("write", Text(Workflow, "permissions", "pages"));
        Assert.Equal("write", Text(Workflow, "permissions", "id-token"));
        Assert.Equal("read", Text(Workflow, "permissions", "contents"));
        Assert.Equal("pages", Text(Workflow, "concurrency", "group"));
        Assert.Equal("false", Text(Workflow, "concurrency", "cancel-in-progress"));
    }

    [Fact]
    public void The_build_job_uses_the_official_actions_in_order()
    {
        var uses = Steps("build").Select(s => Field(s, "uses")).Where(u => u.Length > 0).Select(u => u.Split('@')[0]).ToList();
        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/cache", "actions/cache",
            "actions/configure-pages", "actions/upload-pages-artifact"], uses);
        Assert.All(Steps("build"), s => Assert.False(string.IsNullOrWhiteSpace(Text(s, "name"))));
    }

    [Fact]
    public void It_sets_up_dotnet_10_and_node_with_caches_for_nuget_npm_and_computed_results()
    {
        Assert.Equal("10.0.x", Text(Step("build", "actions/setup-dotnet"), "with", "dotnet-version"));
        Assert.Equal("npm", Text(Step("build", "actions/setup-node"), "with", "cache"));
        var cached = Steps("build").Where(s => Field(s, "uses").StartsWith("actions/cache@"))
            .SelectMany(s => Text(s, "with", "path").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Contains("~/.nuget/packages", cached);
        Assert.Contains(".cache/compute", cached);
        Assert.Contains(Steps("build"), s => Field(s, "run").StartsWith("npm ci"));
    }

    [Fact]
    public void It_builds_with_the_Pages_base_url_and_uploads_the_output()
    {
        var configure = Step("build", "actions/configure-pages");
        var build = Steps("build").Single(s => Field(s, "run").Contains("src/Blog"));
        Assert.Contains("-- build --base-url \"${{ steps." + Text(configure, "id") + ".outputs.base_url }}/\"", Text(build, "run"));
        Assert.Equal("output", Text(Step("build", "actions/upload-pages-artifact"), "with", "path"));
        var steps = Steps("build").ToList();
        Assert.True(steps.IndexOf(configure) < steps.IndexOf(build) && steps.IndexOf(build) < steps.IndexOf(Step("build", "actions/upload-pages-artifact")));
    }

    [Fact]
    public void A_CJK_font_is_installed_before_the_build_so_figure_labels_in_Chinese_are_drawn()
    {
        var steps = Steps("build").ToList();
        var font = steps.Single(s => Field(s, "run").Contains("fonts-noto-cjk"));
        Assert.Matches(@"apt-get install -y\b.*\bfonts-noto-cjk\b", Field(font, "run"));
        Assert.Contains("apt-get update", Field(font, "run"));
        var build = steps.Single(s => Field(s, "run").Contains("src/Blog"));
        Assert.True(steps.IndexOf(font) < steps.IndexOf(build), "the font must be installed before the build draws figures");
    }

    [Fact]
    public void The_deploy_job_deploys_the_artifact_to_the_github_pages_environment()
    {
        Assert.Equal("build", At(Workflow, "jobs", "deploy", "needs").ToString());
        Assert.Equal("github-pages", Text(Workflow, "jobs", "deploy", "environment", "name"));
        var deploy = Step("deploy", "actions/deploy-pages");
        Assert.Equal("${{ steps." + Text(deploy, "id") + ".outputs.page_url }}", Text(Workflow, "jobs", "deploy", "environment", "url"));
    }
}
