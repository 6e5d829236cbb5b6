using Blog.Diagnostics;

namespace Blog.Configuration;

/// <summary>The <c>tikz</c> section of statiq.json: how ```tikz diagrams are drawn at build time (in both math modes).</summary>
public sealed record TikzSettings
{
    /// <summary>Seconds TeX may spend on one diagram; past it the engine is stopped and the diagram is an error at its block.</summary>
    public int Timeout { get; init; } = 60;
    /// <summary>"error" (a TeX mistake fails the build) or "warn" (the page is published with an error box in the diagram's place).</summary>
    public MathErrors Errors { get; init; } = MathErrors.Error;
    /// <summary>
    /// Bytes of SVG above which a diagram is not put into the page but linked as a file beside it
    /// (<c>&lt;img&gt;</c>), so one huge diagram does not weigh down the page's HTML.
    /// </summary>
    public int InlineLimit { get; init; } = 256 * 1024;

    internal void Validate(string file, Func<string, (int Line, int Column)> place)
    {
        if (Timeout < 1)
        {
            var (line, column) = place("timeout");
            throw new DiagnosticException(Diagnostic.Error(file, line, column, $"tikz.timeout {Timeout} is not a number of seconds (1 or more)."));
        }
        if (InlineLimit < 0)
        {
            var (line, column) = place("inlineLimit");
            throw new DiagnosticException(Diagnostic.Error(file, line, column, $"tikz.inlineLimit {InlineLimit} is not a number of bytes (0 or more)."));
        }
    }
}
