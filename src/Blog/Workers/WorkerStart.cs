namespace Blog.Workers;

/// <summary>
/// How to start one worker process: the program, its arguments, extra environment variables, and
/// the name messages call it by ("the compute worker", "the MathJax worker").
/// </summary>
public sealed record WorkerStart(string Name, string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables added to the inherited environment (e.g. a GC heap limit).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
