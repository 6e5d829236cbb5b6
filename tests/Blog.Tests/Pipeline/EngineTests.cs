using Blog.Diagnostics;
using Blog.Pipelines;
using P = Blog.Pipelines.Pipeline;

namespace Blog.Tests.Pipeline;

public sealed class EngineTests
{
    private static PipelineContext Context(int parallelism = 4) => new(new DiagnosticBag(), maxParallelism: parallelism);

    [Fact]
    public async Task Process_waits_for_the_dependencies_process()
    {
        var journal = new Journal();
        IReadOnlyList<Document> seen = [];
        var a = new P("a") { Input = { new Step(journal, "a.input", 0, "a1") }, Process = { new Step(journal, "a.process", 80, "a2") } };
        var b = new P("b")
        {
            Dependencies = { "a" },
            Input = { new Step(journal, "b.input") },
            Process = { new Step(journal, "b.process") { Inspect = c => { seen = c.OutputsOf("a"); return Task.CompletedTask; } } },
        };
        // Listed dependent first: the engine must order them itself.
        var result = await new Engine([b, a]).ExecuteAsync(Context());

        Assert.True(result.Success);
        Assert.True(journal.TimeOf("b.process:start") > journal.TimeOf("a.process:end"));
        // Input does not wait: b reads its files while a is still processing.
        Assert.True(journal.TimeOf("b.input:start") < journal.TimeOf("a.process:end"));
        Assert.Equal(["a1", "a2"], seen.Select(d => d.Source));
    }

    [Fact]
    public async Task Independent_pipelines_process_concurrently()
    {
        var journal = new Journal();
        var a = new P("a") { Process = { new Step(journal, "a", 150) } };
        var b = new P("b") { Process = { new Step(journal, "b", 150) } };
        await new Engine([a, b]).ExecuteAsync(Context());
        Assert.True(journal.TimeOf("b:start") < journal.TimeOf("a:end") && journal.TimeOf("a:start") < journal.TimeOf("b:end"));
    }

    [Fact]
    public async Task PostProcess_sees_every_process_output_even_of_pipelines_it_does_not_depend_on()
    {
        var journal = new Journal();
        IReadOnlyList<Document> seen = [];
        var slow = new P("slow") { Process = { new Step(journal, "slow.process", 150, "s1", "s2") } };
        var fast = new P("fast")
        {
            PostProcess = { new Step(journal, "fast.post") { Inspect = c => { seen = c.OutputsOf("slow"); return Task.CompletedTask; } } },
        };
        await new Engine([fast, slow]).ExecuteAsync(Context());
        Assert.True(journal.TimeOf("fast.post:start") > journal.TimeOf("slow.process:end"));
        Assert.Equal(["s1", "s2"], seen.Select(d => d.Source));
    }

    [Fact]
    public async Task PostProcess_waits_for_the_dependencies_post_process_and_output_runs_last()
    {
        var journal = new Journal();
        var a = new P("a") { PostProcess = { new Step(journal, "a.post", 100) }, Output = { new Step(journal, "a.output") } };
        var b = new P("b") { Dependencies = { "a" }, PostProcess = { new Step(journal, "b.post") }, Output = { new Step(journal, "b.output") } };
        await new Engine([a, b]).ExecuteAsync(Context());
        Assert.True(journal.TimeOf("b.post:start") > journal.TimeOf("a.post:end"));
        var lastPost = new[] { "a.post:end", "b.post:end" }.Max(journal.TimeOf);
        Assert.True(journal.TimeOf("a.output:start") > lastPost);
        Assert.True(journal.TimeOf("b.output:start") > lastPost);
    }

    [Fact]
    public async Task Modules_of_a_phase_run_in_order_each_seeing_the_previous_output()
    {
        var journal = new Journal();
        var p = new P("p") { Input = { new Step(journal, "1", 0, "x") }, Process = { new Step(journal, "2", 20, "y"), new Step(journal, "3", 0, "z") } };
        var result = await new Engine([p]).ExecuteAsync(Context());
        Assert.Equal(["x", "y", "z"], result.Documents["p"].Select(d => d.Source));
        Assert.True(journal.TimeOf("3:start") > journal.TimeOf("2:end"));
    }

    [Fact]
    public async Task An_error_in_process_stops_later_phases_and_output_never_runs()
    {
        var journal = new Journal();
        var failing = new P("failing")
        {
            Input = { new Step(journal, "failing.input", 0, "bad.md") },
            Process = { new PerDocument(d => throw new DiagnosticException(Diagnostic.Error(d.Source, 3, 1, "broken"))), new Step(journal, "failing.after") },
            Output = { new Step(journal, "failing.output") },
        };
        var healthy = new P("healthy") { PostProcess = { new Step(journal, "healthy.post") }, Output = { new Step(journal, "healthy.output") } };
        var context = Context();
        var result = await new Engine([failing, healthy]).ExecuteAsync(context);

        Assert.False(result.Success);
        Assert.Equal("bad.md(3,1): error: broken", Assert.Single(context.Diagnostics.All).ToString());
        Assert.False(journal.Saw("failing.after:start"));
        Assert.False(journal.Saw("failing.output:start"));
        Assert.False(journal.Saw("healthy.output:start"));
    }

    [Theory]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    public async Task A_failing_pipeline_stops_its_dependents_but_not_an_independent_pipeline(Phase failingPhase)
    {
        var journal = new Journal();
        var fail = new PerDocument(d => throw new DiagnosticException(Diagnostic.Error(d.Source, 2, 1, "bad in " + d.Source)));
        var failing = new P("failing") { Input = { new Step(journal, "failing.input", 0, "a.md") } };
        (failingPhase == Phase.Process ? failing.Process : failing.PostProcess).Add(fail);
        // "child" depends on "failing" directly, "grandchild" through "child".
        var child = new P("child") { Dependencies = { "failing" }, Process = { new Step(journal, "child.process") }, PostProcess = { new Step(journal, "child.post") } };
        var grandchild = new P("grandchild") { Dependencies = { "child" }, PostProcess = { new Step(journal, "grandchild.post") } };
        // "independent" depends on nothing that fails and reports its own error after the other one.
        var independent = new P("independent")
        {
            Input = { new Step(journal, "independent.input", 0, "b.md") },
            Process = { new Step(journal, "independent.process", 50) },
            PostProcess = { new Step(journal, "independent.post"), fail },
            Output = { new Step(journal, "independent.output") },
        };
        var context = Context();
        var result = await new Engine([grandchild, child, independent, failing]).ExecuteAsync(context);

        Assert.False(result.Success);
        Assert.Equal(["a.md(2,1): error: bad in a.md", "b.md(2,1): error: bad in b.md"], context.Diagnostics.All.Select(d => d.ToString()));
        Assert.True(journal.Saw("independent.process:end"));
        Assert.True(journal.Saw("independent.post:end"));
        Assert.False(journal.Saw("child.post:start"));
        Assert.False(journal.Saw("grandchild.post:start"));
        if (failingPhase == Phase.Process) Assert.False(journal.Saw("child.process:start"));
        Assert.DoesNotContain(journal.Events, e => e.Event.EndsWith(".output:start"));
    }

    [Fact]
    public async Task A_pipeline_that_failed_in_process_offers_no_documents_to_others()
    {
        IReadOnlyList<Document>? seen = null;
        var failing = new P("failing")
        {
            Input = { new Step(new Journal(), "in", 0, "a.md") },
            Process = { new PerDocument(d => throw new DiagnosticException(Diagnostic.Error(d.Source, 1, 1, "no"))) },
        };
        var reader = new P("reader") { PostProcess = { new Step(new Journal(), "post") { Inspect = c => { seen = c.OutputsOf("failing"); return Task.CompletedTask; } } } };
        var context = Context();
        await new Engine([failing, reader]).ExecuteAsync(context);
        Assert.NotNull(seen);
        Assert.Empty(seen);
        Assert.True(context.HasFailed("failing"));
        Assert.False(context.HasFailed("reader"));
    }

    [Fact]
    public async Task An_error_in_post_process_prevents_every_output()
    {
        var journal = new Journal();
        var a = new P("a")
        {
            PostProcess = { new Step(journal, "a.post") { Inspect = _ => throw new DiagnosticException(Diagnostic.Error("site", 0, 0, "no")) } },
            Output = { new Step(journal, "a.output") },
        };
        var b = new P("b") { Output = { new Step(journal, "b.output") } };
        var result = await new Engine([a, b]).ExecuteAsync(Context());
        Assert.False(result.Success);
        Assert.DoesNotContain(journal.Events, e => e.Event.EndsWith(".output:start"));
    }

    [Fact]
    public async Task A_warning_does_not_stop_the_build()
    {
        var journal = new Journal();
        var p = new P("p")
        {
            Process = { new Step(journal, "warn") { Inspect = c => { c.Diagnostics.Add(Diagnostic.Warning("x.md", 1, 1, "hm")); return Task.CompletedTask; } } },
            Output = { new Step(journal, "out") },
        };
        var result = await new Engine([p]).ExecuteAsync(Context());
        Assert.True(result.Success);
        Assert.True(journal.Saw("out:start"));
    }

    [Fact]
    public void A_dependency_cycle_is_reported_with_its_path()
    {
        var a = new P("a") { Dependencies = { "c" } };
        var b = new P("b") { Dependencies = { "a" } };
        var c = new P("c") { Dependencies = { "b" } };
        var e = Assert.Throws<InvalidOperationException>(() => new Engine([a, b, c]));
        Assert.Contains("cycle", e.Message);
        Assert.Contains("a", e.Message);
        Assert.Contains("b", e.Message);
        Assert.Contains("c", e.Message);
    }

    [Fact]
    public void A_self_dependency_is_a_cycle()
        => Assert.Contains("cycle", Assert.Throws<InvalidOperationException>(() => new Engine([new P("a") { Dependencies = { "a" } }])).Message);

    [Fact]
    public void An_unknown_dependency_is_named()
        => Assert.Contains("'nope'", Assert.Throws<InvalidOperationException>(() => new Engine([new P("a") { Dependencies = { "nope" } }])).Message);

    [Fact]
    public void Pipelines_are_ordered_after_their_dependencies()
    {
        var engine = new Engine([new P("c") { Dependencies = { "b" } }, new P("b") { Dependencies = { "a" } }, new P("a")]);
        Assert.Equal(["a", "b", "c"], engine.Pipelines.Select(p => p.Name));
    }
}
