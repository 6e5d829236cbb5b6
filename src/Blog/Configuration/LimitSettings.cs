namespace Blog.Configuration;

/// <summary>
/// The <c>limits</c> of <c>statiq.json</c>: guards against input that would make a build run away.
/// Each one, when reached, fails the build with a diagnostic at the place that reached it and names
/// its setting here; none of them cuts output silently.
/// </summary>
public sealed record LimitSettings
{
    public const int DefaultTemplateLoops = 1_000_000;

    /// <summary>Loop iterations a theme template may run while rendering one page (Scriban's <c>LoopLimit</c>).</summary>
    public int TemplateLoops { get; init; } = DefaultTemplateLoops;

    /// <summary>Alias references (<c>*name</c>) one front matter may hold.</summary>
    public int YamlAliases { get; init; } = 1_000;

    /// <summary>
    /// Nodes one front matter may expand to once every alias is replaced by what it names: the
    /// guard against "billion laughs" documents, whose few aliases expand exponentially.
    /// </summary>
    public int YamlNodes { get; init; } = 100_000;

    internal void Validate(string file)
    {
        if (TemplateLoops < 1 || YamlAliases < 0 || YamlNodes < 1)
            throw new Diagnostics.DiagnosticException(Diagnostics.Diagnostic.Error(file, 0, 0,
                "limits.templateLoops and limits.yamlNodes must be at least 1, limits.yamlAliases at least 0."));
    }
}
