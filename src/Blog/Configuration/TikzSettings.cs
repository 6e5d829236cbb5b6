using System.ComponentModel.DataAnnotations;

namespace Blog.Configuration;

/// <summary>The <c>tikz</c> section of statiq.json: how ```tikz diagrams are drawn at build time (in both math modes).</summary>
public sealed record TikzSettings
{
    /// <summary>Seconds TeX may spend on one diagram; past it the engine is stopped and the diagram is an error at its block.</summary>
    [Range(1, int.MaxValue)] public int Timeout { get; init; } = 60;
    /// <summary>"error" (a TeX mistake fails the build) or "warn" (the page is published with an error box in the diagram's place).</summary>
    public MathErrors Errors { get; init; } = MathErrors.Error;
    /// <summary>
    /// Bytes of SVG above which a diagram is not put into the page but linked as a file beside it
    /// (<c>&lt;img&gt;</c>), so one huge diagram does not weigh down the page's HTML.
    /// </summary>
    [Range(0, int.MaxValue)] public int InlineLimit { get; init; } = 256 * 1024;
}
