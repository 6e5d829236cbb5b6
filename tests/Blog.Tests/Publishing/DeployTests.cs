using Blog.Deploy;
using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary><c>deploy</c> against a local bare repository standing in for GitHub.</summary>
public sealed class DeployTests : IDisposable
{
    private const string BaseUrl = "https://user.github.io/repo/";
    private readonly TestSite _site = TestSite.Empty();
    private readonly string _remote;
    private readonly Git _git, _bare;

    public DeployTests()
    {
        _site.WriteFile("input/posts/first.md", "---\ntitle: 第一篇\ndate: 2020-01-01\nslug: first\n---\n$$x \\label{eq:x}$$ 由 $\\eqref{eq:x}$。\n");
        _remote = _site.Root + "-remote.git";
        _git = new Git(_site.Root);
        _bare = new Git(_site.Root, new Dictionary<string, string> { ["GIT_DIR"] = _remote });
        _site.WriteFile(".gitignore", "output/\n.cache/\n"); // as in the repository: build output and caches
        Run(_git, "init", "--quiet", "--initial-branch=main");
        Run(_git, "config", "user.name", "Tester");
        Run(_git, "config", "user.email", "tester@example.com");
        Run(_git, "add", "--all");
        Run(_git, "commit", "--quiet", "-m", "Source");
        Run(_git, "init", "--quiet", "--bare", _remote);
        Run(_git, "remote", "add", "origin", _remote);
    }

    public void Dispose()
    {
        _site.Dispose();
        try { Directory.Delete(_remote, recursive: true); } catch (IOException) { }
    }

    private Task<DeployResult> DeployAsync(bool dryRun = false, bool allowDirty = false) =>
        Deployer.DeployAsync(new BuildOptions { SiteRoot = _site.Root, BaseUrl = BaseUrl }, new DeployOptions { DryRun = dryRun, AllowDirty = allowDirty });

    /// <summary>Commits every change of the working tree, as a writer does before deploying.</summary>
    private void CommitAll(string message = "Edit")
    {
        Run(_git, "add", "--all");
        Run(_git, "commit", "--quiet", "-m", message);
    }

    private static string Run(Git git, params string[] args) => git.RunAsync(args).GetAwaiter().GetResult();

    private string[] PagesLog() => Run(_bare, "rev-list", "gh-pages").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private string[] PagesFiles() => Run(_bare, "ls-tree", "-r", "--name-only", "gh-pages").Split('\n');

    /// <summary>
    /// Everything of the source repository a deploy must leave alone. (A push may move the
    /// remote-tracking ref origin/gh-pages, as every push does; branches and tags stay.)
    /// </summary>
    private string LocalState() => string.Join("\n---\n",
        Run(_git, "status", "--porcelain", "--untracked-files=all"),
        Run(_git, "symbolic-ref", "HEAD"), Run(_git, "rev-parse", "HEAD"),
        Run(_git, "for-each-ref", "refs/heads", "refs/tags"),
        Convert.ToHexString(File.ReadAllBytes(Path.Combine(_site.Root, ".git", "index"))),
        // .cache/ (ignored) is where any build keeps typeset math and compute results for the next one.
        string.Join('\n', Directory.EnumerateFileSystemEntries(_site.Root).Where(e => Path.GetFileName(e) != ".cache").Order()));

    [Fact]
    public async Task The_first_deploy_creates_gh_pages_with_the_site_and_nojekyll_and_the_working_tree_stays_as_it_was()
    {
        var before = LocalState();
        var result = await DeployAsync();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(before, LocalState());
        Assert.Single(PagesLog());
        Assert.Equal(result.Commit, PagesLog()[0]);
        var files = PagesFiles();
        Assert.Contains(".nojekyll", files);
        Assert.Contains("index.html", files);
        Assert.Contains("2020/01/first/index.html", files);
        Assert.Contains("assets/mathjax/tex-chtml.js", files);
        Assert.DoesNotContain("CNAME", files); // no custom domain configured
        Assert.Contains(BaseUrl + "2020/01/first/", Run(_bare, "show", "gh-pages:sitemap.xml"));
        Assert.StartsWith("Publish site from ", Run(_bare, "log", "-1", "--format=%s", "gh-pages"));
    }

    [Fact]
    public async Task A_second_deploy_adds_one_commit_on_top_and_an_unchanged_site_adds_none()
    {
        var first = await DeployAsync();
        _site.WriteFile("input/posts/second.md", "---\ntitle: 第二篇\ndate: 2020-02-01\nslug: second\n---\n正文。\n");
        CommitAll();
        var before = LocalState();
        var second = await DeployAsync();
        Assert.True(second.Success, string.Join("\n", second.Diagnostics));
        Assert.Equal(before, LocalState());
        Assert.Equal([second.Commit!, first.Commit!], PagesLog());
        Assert.Equal(first.Commit, Run(_bare, "rev-parse", "gh-pages^"));
        Assert.Contains("A 2020/02/second/index.html", second.Changes);
        Assert.Contains("M index.html", second.Changes);
        Assert.Contains("2020/02/second/index.html", PagesFiles());

        var third = await DeployAsync();
        Assert.True(third.Success);
        Assert.Null(third.Commit);
        Assert.Empty(third.Changes);
        Assert.Equal(2, PagesLog().Length);
    }

    [Fact]
    public async Task A_dry_run_lists_the_changes_and_changes_nothing()
    {
        await DeployAsync();
        _site.WriteFile("input/posts/first.md", "---\ntitle: 第一篇(修订)\ndate: 2020-01-01\nslug: first\n---\n改过了。\n");
        var before = LocalState();
        var objects = Directory.EnumerateFiles(Path.Combine(_site.Root, ".git", "objects"), "*", SearchOption.AllDirectories).Count();
        var tip = PagesLog()[0];
        var refs = Run(_git, "for-each-ref");

        var result = await DeployAsync(dryRun: true);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Commit);
        Assert.Contains("M 2020/01/first/index.html", result.Changes);
        Assert.Equal(tip, PagesLog()[0]);
        Assert.Equal(before, LocalState());
        Assert.Equal(refs, Run(_git, "for-each-ref"));
        Assert.Equal(objects, Directory.EnumerateFiles(Path.Combine(_site.Root, ".git", "objects"), "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task A_build_with_a_broken_link_or_eqref_is_not_published()
    {
        _site.WriteFile("input/posts/broken.md", "---\ntitle: 坏\ndate: 2020-03-01\n---\n[链接](/2019/01/nope/) 与 $\\eqref{eq:none}$。\n");
        CommitAll();
        var result = await DeployAsync();
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.File == "input/posts/broken.md" && d.Line == 5 && d.Message.Contains("/2019/01/nope/"));
        Assert.Contains(result.Diagnostics, d => d.File == "input/posts/broken.md" && d.Message.Contains("\\eqref{eq:none}"));
        Assert.Empty(Run(_bare, "for-each-ref"));
    }

    [Fact]
    public async Task A_custom_domain_from_statiq_json_becomes_CNAME()
    {
        _site.Settings(s => s["cname"] = "blog.example.com");
        CommitAll();
        Assert.True((await DeployAsync()).Success);
        Assert.Equal("blog.example.com", Run(_bare, "show", "gh-pages:CNAME"));
    }

    [Fact]
    public async Task Deploying_with_the_local_preview_address_as_base_url_is_refused()
    {
        var result = await Deployer.DeployAsync(new BuildOptions { SiteRoot = _site.Root }, new DeployOptions());
        Assert.False(result.Success);
        Assert.Contains("baseUrl", Assert.Single(result.Diagnostics).Message);
        Assert.Empty(Run(_bare, "for-each-ref"));
    }

    [Fact]
    public async Task A_missing_remote_is_a_diagnostic_not_a_crash()
    {
        var result = await Deployer.DeployAsync(new BuildOptions { SiteRoot = _site.Root, BaseUrl = BaseUrl }, new DeployOptions { Remote = "nowhere" });
        Assert.False(result.Success);
        Assert.Contains("nowhere", Assert.Single(result.Diagnostics).Message);
    }

    public static TheoryData<string, string> DirtySources() => new()
    {
        { "input/posts/first.md", "---\ntitle: 改了\ndate: 2020-01-01\nslug: first\n---\n未提交。\n" },   // modified
        { "input/posts/new.md", "---\ntitle: 新\ndate: 2020-05-01\n---\n未跟踪。\n" },                   // untracked
        { "theme/partials/footer.sbn-html", "<footer>自己的页脚</footer>\n" },                                 // a theme override
        { "statiq.json", "改过的标题" },                                                                          // settings: the title
    };

    [Theory]
    [MemberData(nameof(DirtySources))]
    public async Task Uncommitted_sources_are_refused_unless_allowed_and_then_the_message_says_so(string file, string content)
    {
        if (file == "statiq.json") _site.Settings(s => s["title"] = content);
        else _site.WriteFile(file, content);
        var refused = await DeployAsync();
        Assert.False(refused.Success);
        var error = Assert.Single(refused.Diagnostics);
        Assert.Contains("uncommitted", error.Message);
        Assert.Contains(file, error.Message);
        Assert.Contains("--allow-dirty", error.Hint);
        Assert.Empty(Run(_bare, "for-each-ref"));

        var allowed = await DeployAsync(allowDirty: true);
        Assert.True(allowed.Success, string.Join("\n", allowed.Diagnostics));
        Assert.Matches(@"^Publish site from [0-9a-f]+ \(with uncommitted changes\)$", Run(_bare, "log", "-1", "--format=%s", "gh-pages"));
    }

    [Fact]
    public async Task Uncommitted_files_outside_the_sources_do_not_stop_a_deploy()
    {
        _site.WriteFile("notes.txt", "草稿\n");
        _site.WriteFile("output/stale.html", "ignored\n");
        var result = await DeployAsync();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain("uncommitted", Run(_bare, "log", "-1", "--format=%s", "gh-pages"));
    }

    [Fact]
    public void The_command_line_refuses_a_dirty_tree_with_a_clear_message()
    {
        _site.WriteFile("input/posts/first.md", "---\ntitle: 改了\ndate: 2020-01-01\nslug: first\n---\n未提交。\n");
        var run = _site.RunCli("deploy", "--base-url", BaseUrl);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("uncommitted changes (input/posts/first.md)", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
