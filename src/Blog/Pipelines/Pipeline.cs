namespace Blog.Pipelines;

public enum Phase { Input, Process, PostProcess, Output }

/// <summary>
/// A named list of modules per phase plus the pipelines it depends on.
/// Phase order (as in Statiq): Input runs at once; Process waits for the Process phase of the
/// dependencies; PostProcess waits for every pipeline's Process (so a page can see all others);
/// Output runs last.
/// </summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;
    public List<string> Dependencies { get; } = [];
    public List<IModule> Input { get; } = [];
    public List<IModule> Process { get; } = [];
    public List<IModule> PostProcess { get; } = [];
    public List<IModule> Output { get; } = [];

    public IReadOnlyList<IModule> Modules(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
