using Blog.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Blog.Content;

/// <summary>Splits <c>---</c> YAML front matter from the Markdown body and reads it with YamlDotNet.</summary>
public static class FrontMatterParser
{
    public static (FrontMatter FrontMatter, string Body) Parse(string file, string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (FrontMatter.Empty, text);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
            throw new DiagnosticException(Diagnostic.Error(file, 1, 1, "The front matter opened with '---' is never closed.",
                "Add a line '---' after the last front-matter field."));
        var yaml = string.Join('\n', lines[1..end]);
        var body = string.Join('\n', lines[(end + 1)..]);
        return (Read(file, yaml) with { BodyStartLine = end + 2 }, body);
    }

    private static FrontMatter Read(string file, string yaml)
    {
        const int firstYamlLine = 2; // line 1 is the opening '---'
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DiagnosticException(Diagnostic.Error(file, (int)e.Start.Line + firstYamlLine - 1, (int)e.Start.Column,
                "The front matter is not valid YAML: " + (e.InnerException?.Message ?? e.Message),
                "Check indentation and quote values that contain ':' or start with '[', '{', '*' or '&'."));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return FrontMatter.Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new DiagnosticException(Diagnostic.Error(file, firstYamlLine, 1,
                "The front matter must be a list of 'key: value' lines."));

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            values[key] = ToPlain(valueNode);
            lines[key] = (int)keyNode.Start.Line + firstYamlLine - 1;
        }
        return new FrontMatter(values, lines, 1);
    }

    /// <summary>YAML nodes as plain .NET values: scalars stay strings, so "2019-11-13" is parsed by us with our rules.</summary>
    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var v, Style: ScalarStyle.Plain } when v is "" or "~" or "null" => null,
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToList(),
        YamlMappingNode m => m.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ToPlain(kv.Value)),
        _ => null,
    };
}
