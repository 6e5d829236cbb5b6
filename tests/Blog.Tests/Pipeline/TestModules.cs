using System.Collections.Concurrent;
using Blog.Pipelines;

namespace Blog.Tests.Pipeline;

/// <summary>Small modules for engine tests: they record what ran, when, and what they saw.</summary>
internal sealed class Journal
{
    private int _clock;
    public ConcurrentQueue<(int Time, string Event)> Events { get; } = new();

    public void Log(string e) => Events.Enqueue((Interlocked.Increment(ref _clock), e));

    public int TimeOf(string e) => Events.Single(x => x.Event == e).Time;

    public bool Saw(string e) => Events.Any(x => x.Event == e);
}

/// <summary>Logs "name:start" and "name:end" around an optional delay, and passes documents through (adding <paramref name="add"/>).</summary>
internal sealed class Step(Journal journal, string name, int delayMs = 0, params string[] add) : IModule
{
    public Func<PipelineContext, Task>? Inspect { get; init; }

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        journal.Log(name + ":start");
        if (delayMs > 0) await Task.Delay(delayMs);
        if (Inspect is not null) await Inspect(context);
        journal.Log(name + ":end");
        return [.. inputs, .. add.Select(s => new Document { Source = s, Content = s })];
    }
}

/// <summary>A per-document module with a configurable action, for parallelism and error tests.</summary>
internal sealed class PerDocument(Func<Document, Task<Document>> map) : DocumentModule
{
    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context) => [await map(input)];
}
