using Blog.Diagnostics;
using Blog.Pipelines;
using P = Blog.Pipelines.Pipeline;

namespace Blog.Tests.Pipeline;

public sealed class DocumentTests
{
    [Fact]
    public void With_returns_a_new_document_and_leaves_the_original_alone()
    {
        var original = new Document { Source = "a.md", Content = "x" }.With("title", "A");
        var changed = original.With("title", "B").With("extra", 1);
        Assert.Equal("A", original.Get<string>("title"));
        Assert.False(original.Has("extra"));
        Assert.Equal("B", changed.Get<string>("title"));
        Assert.Equal(1, changed.Get<int>("extra"));
        Assert.Equal("a.md", changed.Source);
    }

    [Fact]
    public void Require_names_the_document_and_the_key()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Document { Source = "a.md" }.Require<string>("title"));
        Assert.Contains("a.md", e.Message);
        Assert.Contains("title", e.Message);
    }

    [Fact]
    public async Task A_pipeline_that_changes_another_pipelines_documents_does_not_change_them_for_anyone_else()
    {
        var a = new P("a") { Input = { new Add(new Document { Source = "a.md" }.With("n", 1)) } };
        IReadOnlyList<Document> changed = [];
        var b = new P("b")
        {
            Dependencies = { "a" },
            Process = { new Lambda(c => { changed = c.OutputsOf("a").Select(d => d.With("n", 2)).ToList(); return changed; }) },
        };
        var result = await new Engine([a, b]).ExecuteAsync(new PipelineContext(new DiagnosticBag()));
        Assert.Equal(1, result.Documents["a"].Single().Get<int>("n"));
        Assert.Equal(2, changed.Single().Get<int>("n"));
    }

    private sealed class Add(params Document[] docs) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
            => Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. docs]);
    }

    private sealed class Lambda(Func<PipelineContext, IReadOnlyList<Document>> f) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) => Task.FromResult(f(context));
    }
}
