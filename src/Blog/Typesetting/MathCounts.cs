namespace Blog.Typesetting;

/// <summary>
/// What build-time typesetting did in one build, for <c>build --timings</c> and the tests.
/// </summary>
/// <param name="Total">Formulas the pages asked for, every occurrence counted.</param>
/// <param name="Typeset">Formulas a MathJax worker typeset (the rest came from memory or the disk cache).</param>
/// <param name="CacheHits">Formulas served without a worker: shared with another page in this build, or cached by an earlier one.</param>
/// <param name="Requests">Requests the workers answered (a page's numbered formulas, or a page's new shared ones).</param>
/// <param name="WorkersStarted">Worker processes started.</param>
/// <param name="TypesetCpu">CPU time (user + system) of the worker processes on those requests, as Node measured it.</param>
public sealed record MathCounts(int Total, int Typeset, int CacheHits, int Requests, int WorkersStarted, TimeSpan TypesetCpu)
{
    /// <summary>Worker CPU per typeset formula, in milliseconds; 0 when none was typeset.</summary>
    public double CpuMsPerFormula => Typeset == 0 ? 0 : TypesetCpu.TotalMilliseconds / Typeset;
}
