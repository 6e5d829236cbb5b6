using Blog.Workers;
using Blog.Diagnostics;
using Blog.Markup.ComputeBlocks;

namespace Blog.Computing;

/// <summary>
/// Runs the units of one page, in order, on one worker. A unit that fails fails the page with a
/// diagnostic at its place, unless it is marked <c>error: true</c> (the error is shown) or
/// <c>error: expected</c> (the error is required).
/// </summary>
public sealed class PageRunner(ComputeSettings settings, ErrorPlaces places, int seed, string dataRoot)
{
    public sealed record Ran(UnitResult Result, IReadOnlyList<string> DataFiles);

    public async Task<IReadOnlyList<Ran>> RunAsync(WorkerProcess worker, IReadOnlyList<ComputeUnit> units, CancellationToken ct)
    {
        var ran = new List<Ran>(units.Count);
        var evaluated = units.Where(u => u.Options.Eval).ToList();
        await worker.SendAsync(new WorkerRequest { Op = "begin", Seed = seed, DataRoot = dataRoot, OutputLimit = settings.OutputLimit * 1_000_000L }, TimeSpan.FromSeconds(60), ct);
        // Monotonic: a step of the wall clock (NTP, a changed time zone) neither ends nor lifts the limit.
        var page = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<string> dataFiles = [];
        foreach (var unit in units)
        {
            if (!unit.Options.Eval)
            {
                ran.Add(new Ran(new UnitResult([]), dataFiles));
                continue;
            }
            var response = await SendAsync(worker, unit, evaluated, TimeSpan.FromSeconds(settings.PageTimeout) - page.Elapsed, ct);
            dataFiles = response.DataFiles;
            ran.Add(new Ran(Result(unit, response), dataFiles));
        }
        return ran;
    }

    private async Task<WorkerResponse> SendAsync(WorkerProcess worker, ComputeUnit unit, List<ComputeUnit> evaluated, TimeSpan left, CancellationToken ct)
    {
        var limit = TimeSpan.FromSeconds(unit.Options.Timeout ?? settings.BlockTimeout);
        var pageLimited = left < limit;
        var request = new WorkerRequest
        {
            Op = "run", Code = unit.Code, Unit = evaluated.IndexOf(unit), ShowValue = unit.Options.Output != OutputOption.Hide,
            FigureWidth = unit.Options.FigWidth, FigureHeight = unit.Options.FigHeight,
        };
        try
        {
            return await worker.SendAsync(request, pageLimited ? (left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1)) : limit, ct);
        }
        catch (WorkerTimeoutException timeout)
        {
            var what = pageLimited
                ? $"the page's compute blocks did not finish within {settings.PageTimeout} s (compute.pageTimeout)"
                : $"it did not finish within {timeout.Limit.TotalSeconds:0} s and was stopped";
            throw new DiagnosticException(places.For(unit, $"This compute {Kind(unit)} failed: {what}.",
                "An endless loop? Raise the limit with //| timeout: N (seconds) or compute.blockTimeout in statiq.json."));
        }
        catch (WorkerDiedException died)
        {
            // An exception on a thread an earlier block started is that block's fault, not this one's.
            var death = WorkerDeath.Of(died);
            var culprit = death.Submission is { } i && i >= 0 && i < evaluated.Count ? evaluated[i] : unit;
            throw new DiagnosticException(places.For(culprit, $"This compute {Kind(culprit)} failed: {death.What}.", death.Hint));
        }
    }

    private static string Kind(ComputeUnit unit) => unit.Kind == UnitKind.Block ? "block" : "expression";

    private UnitResult Result(ComputeUnit unit, WorkerResponse response)
    {
        var mode = unit.Options.Error;
        if (response.Ok)
        {
            if (mode == ErrorOption.Expected)
                throw new DiagnosticException(places.For(unit, "This block is marked error: expected but ran without an exception."));
            return new UnitResult(response.Outputs);
        }
        var error = response.Error!;
        if (mode == ErrorOption.Stop) throw new DiagnosticException(places.For(unit, error));
        var (line, _) = ErrorPlaces.Place(unit, error.Line, error.Column);
        var code = error.Code is null ? "" : error.Code + ": ";
        return new UnitResult(response.Outputs, $"{code}{error.Message} (line {line})");
    }
}
