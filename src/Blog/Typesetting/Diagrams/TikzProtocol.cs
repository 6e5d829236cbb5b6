using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Typesetting.Diagrams;

// The JSON lines the TikZ worker (worker/tikz.mjs) reads and writes; see the comment at its top.

/// <summary>The worker's first line: where node-tikzjax is installed.</summary>
public sealed record TikzConfig(string NodeModules);

/// <summary>One diagram: a whole TeX document (preamble lines, <c>\begin{document}</c> … <c>\end{document}</c>).</summary>
public sealed record TikzRequest(long Id, string Tex);

/// <summary>TeX's first error: its message, the line of the document it names (<c>l.7</c>, null when none) and the text there.</summary>
public sealed record TikzTexError(string Message, int? Line, string Context);

/// <summary>An answer line: ready (with the engine's packages and libraries), a drawing, a TeX error, or a failure of the worker.</summary>
internal sealed record TikzResponse(long? Id, bool Ready, string? Version, List<string>? Packages, List<string>? Libraries,
    string? Svg, List<string>? Fonts, TikzTexError? Error, string? Fatal, double Ms);

internal static class TikzJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
