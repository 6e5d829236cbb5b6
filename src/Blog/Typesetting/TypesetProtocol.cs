using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Blog.Typesetting;

// The JSON lines the MathJax worker (worker/typeset.mjs) reads and writes; see the comment at its top.

/// <summary>A formula as the page holds it: the text of its math element, delimiters included.</summary>
public sealed record Formula(string Text, bool Display);

/// <summary>What the worker starts MathJax with: the same components, TeX and options as the browser (see <see cref="MathJaxConfig"/>).</summary>
public sealed record WorkerConfig(string NodeModules, string FontUrl, double ExFactor, JsonNode Load, JsonNode Source, JsonNode Tex, JsonNode Options)
{
    /// <summary>The browser's configuration (see <see cref="MathJaxConfig"/>) with the worker's own paths.</summary>
    public static WorkerConfig For(string nodeModules, SiteSettings settings) => new(nodeModules, MathTypesetter.FontUrl,
        settings.Math.ExFactor, MathJaxConfig.Load(), MathJaxConfig.Source(), MathJaxConfig.Tex(settings), MathJaxConfig.Options());
}

public sealed record TypesetRequest(long Id, IReadOnlyList<Formula> Math, StyleUsage? Css = null);

public sealed record TexError(int Index, string Message);

/// <summary>
/// The math of one MathJax document typeset: CHTML per formula (in order), TeX errors (by index),
/// and per formula the styles it needs (<see cref="StyleUsage"/>), from which the site's one stylesheet is made.
/// </summary>
public sealed record TypesetPage(IReadOnlyList<string> Html, IReadOnlyList<TexError> Errors, IReadOnlyList<StyleUsage> Usage);

/// <summary>An answer line: ready, a page typeset, a stylesheet, a fatal error, or progress (<see cref="Formula"/>: the index the worker starts on).</summary>
internal sealed record TypesetResponse(long? Id, List<string?>? Html, List<TexError>? Errors, List<StyleUsage>? Usage, string? Css, double Ms, string? Fatal,
    double CpuMs,
    bool Ready, string? Version, int? Formula = null);

internal static class TypesetJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Never embedded in a web page; the default escaping writes each '<', '>' and '"' of the
        // typeset HTML as six bytes and doubled the size of the cache.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
