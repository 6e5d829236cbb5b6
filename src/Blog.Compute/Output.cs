using System.Text.Json.Serialization;

namespace Blog.Compute;

/// <summary>
/// One piece of what a block shows, as plain data so it can cross from the worker process to the
/// site builder and sit in the cache: the builder decides the HTML around it.
/// </summary>
/// <param name="Kind">What <paramref name="Content"/> holds, so the builder knows how to show it.</param>
/// <param name="Content">The text, HTML, TeX or SVG itself.</param>
public sealed record Output(OutputKind Kind, string Content);

/// <summary>What an <see cref="Output"/> holds. In JSON (worker lines, compute cache) it is the lowercase name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutputKind>))]
public enum OutputKind
{
    /// <summary>Text printed to the console: shown in a pre, or read as Markdown when <c>output: asis</c>.</summary>
    [JsonStringEnumMemberName("console")] Console,
    /// <summary>A value shown as text (numbers, strings): escaped by the builder.</summary>
    [JsonStringEnumMemberName("text")] Text,
    /// <summary>Ready HTML (tables).</summary>
    [JsonStringEnumMemberName("html")] Html,
    /// <summary>TeX for display math (vectors, matrices): goes through the site's math pipeline.</summary>
    [JsonStringEnumMemberName("tex")] Tex,
    /// <summary>An SVG figure (plots).</summary>
    [JsonStringEnumMemberName("svg")] Svg,
}
