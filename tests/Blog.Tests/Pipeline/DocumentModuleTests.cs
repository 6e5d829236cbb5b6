using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Tests.Pipeline;

public sealed class DocumentModuleTests
{
    private static IReadOnlyList<Document> Docs(int n) => Enumerable.Range(0, n).Select(i => new Document { Source = $"d{i}.md", Content = $"{i}" }).ToList();

    [Fact]
    public async Task Documents_run_in_parallel_and_keep_their_order()
    {
        var running = 0;
        var peak = 0;
        var module = new PerDocument(async d =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            // Later documents finish first: the result must still be in input order.
            await Task.Delay(5 * (20 - int.Parse(d.Content)));
            Interlocked.Decrement(ref running);
            return d with { Content = d.Content + "!" };
        });
        var output = await module.ExecuteAsync(Docs(20), new PipelineContext(new DiagnosticBag(), maxParallelism: 4));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"{i}!"), output.Select(d => d.Content));
        Assert.True(peak > 1, "documents were processed one at a time");
        Assert.True(peak <= 4, $"parallelism {peak} exceeded the limit 4");
    }

    [Fact]
    public async Task A_diagnostic_for_one_document_is_reported_and_the_others_go_on()
    {
        var bag = new DiagnosticBag();
        var module = new PerDocument(d => d.Source is "d1.md" or "d3.md"
            ? throw new DiagnosticException(Diagnostic.Error(d.Source, 2, 5, "bad"))
            : Task.FromResult(d.With("ok", true)));
        var output = await module.ExecuteAsync(Docs(5), new PipelineContext(bag));
        Assert.Equal(["d0.md", "d2.md", "d4.md"], output.Select(d => d.Source));
        Assert.All(output, d => Assert.True(d.Get<bool>("ok")));
        Assert.Equal(["d1.md(2,5): error: bad", "d3.md(2,5): error: bad"], bag.All.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_programming_error_becomes_an_internal_error_naming_the_document_not_a_stack_trace()
    {
        var bag = new DiagnosticBag();
        var module = new PerDocument(d => d.Source == "d1.md" ? throw new NullReferenceException("bug") : Task.FromResult(d));
        var output = await module.ExecuteAsync(Docs(3), new PipelineContext(bag));
        Assert.Equal(["d0.md", "d2.md"], output.Select(d => d.Source));
        var error = Assert.Single(bag.All);
        Assert.Equal("d1.md", error.File);
        Assert.Contains("Internal error", error.Message);
        Assert.Contains("NullReferenceException: bug", error.Message);
    }

    [Fact]
    public async Task Cancellation_is_not_turned_into_a_diagnostic()
    {
        var module = new PerDocument(_ => throw new OperationCanceledException());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => module.ExecuteAsync(Docs(2), new PipelineContext(new DiagnosticBag())));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = target; value > current; current = target)
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
    }
}
