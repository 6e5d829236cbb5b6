using Blog.Diagnostics;
using Blog.Pipelines;
using Blog.Theme;

namespace Blog.Tests.Preview;

/// <summary>The pieces that make a rebuild incremental, each on its own.</summary>
public sealed class CachingTests
{
    /// <summary>Upper-cases content; fails on "BAD", warns on "WARN"; counts what it saw.</summary>
    private sealed class Shout : DocumentModule
    {
        public int Seen;

        protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
        {
            Interlocked.Increment(ref Seen);
            if (input.Content == "BAD") throw new DiagnosticException(Diagnostic.Error(input.Source, 1, 1, "bad"));
            if (input.Content == "WARN") context.Diagnostics.Add(Diagnostic.Warning(input.Source, 2, 1, "careful"));
            return Task.FromResult<IEnumerable<Document>>([input with { Content = input.Content.ToUpperInvariant() }]);
        }
    }

    private static Document Doc(string source, string content) => new() { Source = source, Content = content };

    private static async Task<(IReadOnlyList<Document> Output, DiagnosticBag Bag)> RunAsync(IModule module, DocumentCache cache, params Document[] inputs)
    {
        var bag = new DiagnosticBag();
        var output = await module.ExecuteAsync(inputs, new PipelineContext(bag, [cache]));
        return (output, bag);
    }

    [Fact]
    public async Task Unchanged_documents_skip_the_children_and_come_back_as_the_same_instances()
    {
        var shout = new Shout();
        var module = new CacheDocuments(shout);
        var cache = new DocumentCache();
        var (first, _) = await RunAsync(module, cache, Doc("a.md", "a"), Doc("b.md", "b"));
        var (second, _) = await RunAsync(module, cache, Doc("a.md", "a"), Doc("b.md", "b changed"));
        Assert.Equal(3, shout.Seen);
        Assert.Same(first[0], second[0]);
        Assert.Equal(["A", "B CHANGED"], second.Select(d => d.Content));
    }

    [Fact]
    public async Task A_failed_document_is_reported_again_and_warnings_are_replayed()
    {
        var shout = new Shout();
        var module = new CacheDocuments(shout);
        var cache = new DocumentCache();
        await RunAsync(module, cache, Doc("bad.md", "BAD"), Doc("warn.md", "WARN"));
        var (output, bag) = await RunAsync(module, cache, Doc("bad.md", "BAD"), Doc("warn.md", "WARN"));
        Assert.Equal(3, shout.Seen); // bad.md ran twice, warn.md once
        Assert.Single(output);
        Assert.Contains(bag.All, d => d.File == "bad.md" && d.Severity == Severity.Error);
        Assert.Contains(bag.All, d => d.File == "warn.md" && d.Message == "careful");
    }

    [Fact]
    public async Task Without_a_cache_every_document_runs()
    {
        var shout = new Shout();
        var module = new CacheDocuments(shout);
        await module.ExecuteAsync([Doc("a.md", "a")], new PipelineContext(new DiagnosticBag()));
        await module.ExecuteAsync([Doc("a.md", "a")], new PipelineContext(new DiagnosticBag()));
        Assert.Equal(2, shout.Seen);
    }

    [Fact]
    public void Generations_write_only_what_changed_and_publish_atomically()
    {
        var root = Path.Combine(Path.GetTempPath(), "blog-gen-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var generations = new Generations(root);
            var one = generations.Begin();
            one.Prepare();
            Write(one, "index.html", "home");
            Write(one, "a/index.html", "a");
            Assert.Null(generations.Current); // nothing visible before the commit
            one.Commit();
            Assert.Equal(["a/index.html", "index.html"], generations.Current!.Changed.Order());

            var two = generations.Begin();
            two.Prepare();
            Assert.True(two.TryReuse("index.html", "home"));
            Assert.False(two.TryReuse("a/index.html", "a, edited"));
            Write(two, "a/index.html", "a, edited");
            var slow = generations.Begin(); // started later, finishes after: it may not replace two
            two.Commit();
            Assert.Equal(["a/index.html"], generations.Current!.Changed);
            Assert.Equal("a, edited", File.ReadAllText(generations.Current.Files["a/index.html"].Path));
            Assert.StartsWith(one.Folder, generations.Current.Files["index.html"].Path);

            var stale = new GenerationBuild(generations, 1, Path.Combine(root, "stale"));
            stale.Prepare();
            stale.Commit();
            Assert.Equal(two.Number, generations.Current.Number);
            Assert.False(Directory.Exists(stale.Folder));
            slow.Discard();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        static void Write(GenerationBuild build, string destination, string content)
        {
            var path = Path.Combine(build.Folder, destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            build.Record(destination, path, content);
        }
    }

    [Fact]
    public void A_page_is_rendered_again_only_when_a_member_its_templates_name_changed()
    {
        var memo = new RenderMemo();
        var site = new { Title = "站" };
        PostModel Post(string content, string title) => new() { Title = title, Url = "/x/", AbsoluteUrl = "http://h/x/", ContentHtml = content };
        IReadOnlySet<string> words = new HashSet<string> { "page", "title", "url" };
        memo.BeginBuild();
        memo.Set("archive", "v1", site, Post("<p>1</p>", "T"), "<html>T</html>");
        memo.BeginBuild();
        Assert.True(memo.TryGet("archive", "v1", words, site, Post("<p>2</p>", "T"), out var html)); // content_html is not named
        Assert.Equal("<html>T</html>", html);
        Assert.False(memo.TryGet("archive", "v1", words, site, Post("<p>2</p>", "T2"), out _)); // title is
        Assert.False(memo.TryGet("archive", "v2", words, site, Post("<p>2</p>", "T"), out _)); // the templates changed
        Assert.False(memo.TryGet("archive", "v1", words, site, Post("<p>2</p>", "T") with { Url = "/y/" }, out _)); // another page
    }

    [Fact]
    public void Models_compare_by_value_all_the_way_down()
    {
        var equality = new ModelEquality();
        LinkModel[] Tags(string name) => [new LinkModel(name, "/tags/" + name + "/")];
        var a = new PostModel { Title = "t", Url = "/u/", AbsoluteUrl = "x", Tags = Tags("数学").ToList() };
        Assert.True(equality.Same(a, a with { Tags = Tags("数学").ToList() }));
        Assert.False(equality.Same(a, a with { Tags = Tags("统计").ToList() }));
        Assert.False(equality.Same(a, a with { Extra = new Dictionary<string, object?> { ["k"] = 1 } }));
    }
}
