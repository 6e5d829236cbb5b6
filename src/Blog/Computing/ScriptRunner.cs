using Blog.Compute;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Blog.Computing;

/// <summary>
/// Inside the worker: runs the units of one page in order on one Roslyn script state, like the
/// cells of a notebook. <see cref="Begin"/> drops the state, so nothing leaks between pages.
/// </summary>
public sealed class ScriptRunner
{
    /// <summary>The file name scripts are compiled under; stack frames with it are lines of the unit.</summary>
    private const string UnitPath = "compute-unit.csx";

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(Notebook).Assembly, typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly,
            typeof(ScottPlot.Plot).Assembly, typeof(Enumerable).Assembly, typeof(Blog.MagicCube.Cube).Assembly)
        .WithImports("System", "System.Linq", "System.Collections.Generic", "System.Text", "Blog.Compute",
            "Blog.MagicCube", "Blog.MagicCube.Constructions", "Blog.MagicCube.Rendering",
            "MathNet.Numerics", "MathNet.Numerics.LinearAlgebra", "MathNet.Numerics.Distributions",
            "MathNet.Numerics.Statistics")
        .WithFilePath(UnitPath)
        .WithEmitDebugInformation(true)
        .WithFileEncoding(System.Text.Encoding.UTF8)
        .WithOptimizationLevel(OptimizationLevel.Debug)
        .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);

    private Notebook? _notebook;
    private ScriptState<object>? _state;
    /// <summary>Script class name ("Submission#2") → the unit that compiled to it, to blame a crash on a thread it started.</summary>
    private readonly Dictionary<string, int> _submissions = [];

    /// <summary>Characters of output one unit may produce (console text and results as JSON).</summary>
    public long OutputLimit { get; private set; } = long.MaxValue;

    public WorkerResponse Begin(WorkerRequest request)
    {
        _notebook = new Notebook(request.Seed, request.DataRoot);
        _state = null;
        _submissions.Clear();
        OutputLimit = request.OutputLimit > 0 ? request.OutputLimit : long.MaxValue;
        var console = new LimitedConsole(_notebook.ConsoleText, OutputLimit);
        Console.SetOut(console);
        Console.SetError(console);
        return new WorkerResponse { Ok = true };
    }

    public async Task<WorkerResponse> RunAsync(WorkerRequest request)
    {
        var notebook = _notebook ?? throw new InvalidOperationException("run before begin");
        notebook.FigureWidth = request.FigureWidth;
        notebook.FigureHeight = request.FigureHeight;
        try
        {
            var state = _state is null
                ? await CSharpScript.Create(request.Code, Options, typeof(Notebook)).RunAsync(notebook, _ => true)
                : await _state.ContinueWithAsync(request.Code, Options, _ => true);
            _submissions[state.Script.GetCompilation().ScriptClass?.MetadataName ?? ""] = request.Unit;
            if (state.Exception is { } exception)
            {
                // Keep what ran before the exception: a block shown with error: true lets the page go on.
                _state = state;
                notebook.Discard();
                return Failed(notebook, RuntimeError(exception));
            }
            _state = state;
            var names = request.ShowValue && state.ReturnValue is System.Collections.IEnumerable and not string
                ? TupleElementNames.Of(state.Script) : null;
            var outputs = notebook.TakeOutputs(state.ReturnValue, request.ShowValue, names);
            return new WorkerResponse { Ok = true, Outputs = outputs, DataFiles = notebook.Data.FilesRead.ToList() };
        }
        catch (CompilationErrorException e)
        {
            notebook.Discard();
            var first = e.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            var position = first.Location.GetLineSpan().StartLinePosition;
            return Failed(notebook, new WorkerError(WorkerError.Compile, first.GetMessage(CultureInfo.InvariantCulture),
                first.Id, position.Line + 1, position.Character + 1));
        }
    }

    /// <summary>The unit whose code is the innermost script frame of <paramref name="exception"/>, or -1.</summary>
    public int UnitOf(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            while (type?.DeclaringType is not null) type = type.DeclaringType; // lambdas and closures nest in the script class
            if (type is not null && _submissions.TryGetValue(type.Name, out var unit)) return unit;
        }
        return -1;
    }

    private static WorkerResponse Failed(Notebook notebook, WorkerError error)
        => new() { Ok = false, Error = error, DataFiles = notebook.Data.FilesRead.ToList() };

    /// <summary>The innermost frame in the unit's own code gives the line; a failed Check knows its line itself.</summary>
    private static WorkerError RuntimeError(Exception exception)
    {
        if (exception is CheckFailedException check)
            return new WorkerError(WorkerError.Check, "Check failed: " + check.Message, Line: check.Line);
        var frame = new StackTrace(exception, true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } name && name.EndsWith(UnitPath, StringComparison.Ordinal));
        var message = $"{exception.GetType().Name}: {exception.Message}";
        return new WorkerError(WorkerError.Runtime, message, Line: frame?.GetFileLineNumber() ?? 0,
            Column: frame?.GetFileColumnNumber() ?? 0);
    }
}
