namespace Blog.Typesetting;

/// <summary>How to start MathJax workers: which node, which script, how many, how long to wait.</summary>
public sealed record MathWorkerOptions
{
    /// <summary>The script shipped next to the tool (copied to the output folder by Blog.csproj).</summary>
    public static string DefaultScript => Path.Combine(AppContext.BaseDirectory, "Typesetting", "worker", "typeset.mjs");

    public string NodePath { get; init; } = "node";
    public string ScriptPath { get; init; } = DefaultScript;
    /// <summary>At most this many Node processes run at once; one per core by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>One formula that takes longer than this fails its page (math.formulaTimeout); the worker is stopped.</summary>
    public TimeSpan FormulaTimeout { get; init; } = TimeSpan.FromSeconds(MathSettings.DefaultFormulaTimeout);
}
