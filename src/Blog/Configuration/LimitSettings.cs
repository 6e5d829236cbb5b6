using System.ComponentModel.DataAnnotations;

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
    [Range(1, int.MaxValue)] public int TemplateLoops { get; init; } = DefaultTemplateLoops;

    /// <summary>Alias references (<c>*name</c>) one front matter may hold.</summary>
    [Range(0, int.MaxValue)] public int YamlAliases { get; init; } = 1_000;

    /// <summary>
    /// Nodes one front matter may expand to once every alias is replaced by what it names: the
    /// guard against "billion laughs" documents, whose few aliases expand exponentially.
    /// </summary>
    [Range(1, int.MaxValue)] public int YamlNodes { get; init; } = 100_000;
}
