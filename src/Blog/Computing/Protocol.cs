using Blog.Compute;
using System.Text.Json;
namespace Blog.Computing;

/// <summary>
/// The JSON lines the site builder and a worker process exchange, one request and one response
/// per line. <c>begin</c> starts a page (fresh state, the page's seed); <c>run</c> runs one unit.
/// </summary>
public sealed record WorkerRequest
{
    public required string Op { get; init; }
    public string Code { get; init; } = "";
    /// <summary>The unit's place among the page's evaluated units, so a crash on a thread it started can be blamed on it.</summary>
    public int Unit { get; init; }
    public int Seed { get; init; }
    public string DataRoot { get; init; } = "";
    /// <summary>For <c>begin</c>: characters of output one unit may produce (compute.outputLimit); 0 for no limit.</summary>
    public long OutputLimit { get; init; }
    /// <summary>Show the value of the last expression (false for <c>output: false</c>).</summary>
    public bool ShowValue { get; init; } = true;
    public int FigureWidth { get; init; } = Figure.DefaultWidth;
    public int FigureHeight { get; init; } = Figure.DefaultHeight;
}

public sealed record WorkerResponse
{
    public bool Ok { get; init; }
    public IReadOnlyList<Output> Outputs { get; init; } = [];
    public WorkerError? Error { get; init; }
    /// <summary>Data files the page has read so far, relative to input/data.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];
}

/// <summary>Why a unit failed. Line and column are 1-based inside the unit's code; 0 when unknown.</summary>
public sealed record WorkerError(string Kind, string Message, string? Code = null, int Line = 0, int Column = 0)
{
    public const string Compile = "compile", Runtime = "runtime", Check = "check";
}

public static class Protocol
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Read<T>(string line) => JsonSerializer.Deserialize<T>(line, Json)
        ?? throw new InvalidDataException("Empty message from the compute worker.");
}
