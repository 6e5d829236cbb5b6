using Blog.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Blog.Content;

/// <summary>Splits <c>---</c> YAML front matter from the Markdown body and reads it with YamlDotNet.</summary>
public static class FrontMatterParser
{
    /// <param name="limits">Caps on aliases and on the size they expand to (<c>limits.yamlAliases</c>, <c>limits.yamlNodes</c>); the defaults when null.</param>
    public static (FrontMatter FrontMatter, string Body) Parse(string file, string text, LimitSettings? limits = null)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (FrontMatter.Empty, text);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
            throw new DiagnosticException(Diagnostic.Error(file, 1, 1, "The front matter opened with '---' is never closed.",
                "Add a line '---' after the last front-matter field."));
        var yaml = string.Join('\n', lines[1..end]);
        var body = string.Join('\n', lines[(end + 1)..]);
        return (Read(file, yaml, limits ?? new LimitSettings()) with { BodyStartLine = end + 2 }, body);
    }

    private static FrontMatter Read(string file, string yaml, LimitSettings limits)
    {
        const int firstYamlLine = 2; // line 1 is the opening '---'
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(yaml)), new AliasGuard(file, firstYamlLine, limits));
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet throws InvalidOperationException, without a place, for some broken input
            // such as an unclosed "[" at the end: then the last node it began is where to look.
            var (line, column, message) = e is YamlException y
                ? ((int)y.Start.Line, (int)y.Start.Column, y.InnerException?.Message ?? y.Message)
                : ((int)parser.LastStart.Line, (int)parser.LastStart.Column, "a '[', '{' or quote is never closed.");
            throw new DiagnosticException(Diagnostic.Error(file, line + firstYamlLine - 1, column,
                "The front matter is not valid YAML: " + message,
                "Check indentation and quote values that contain ':' or start with '[', '{', '*' or '&'."));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return FrontMatter.Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new DiagnosticException(Diagnostic.Error(file, firstYamlLine, 1,
                "The front matter must be a list of 'key: value' lines."));

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var textColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = Key(file, keyNode);
            values[key] = ToPlain(file, valueNode);
            lines[key] = (int)keyNode.Start.Line + firstYamlLine - 1;
            columns[key] = (int)valueNode.Start.Column;
            if (TextColumn(yaml, valueNode) is > 0 and var text) textColumns[key] = text;
        }
        return new FrontMatter(values, lines, 1) { ValueColumns = columns, TextColumns = textColumns, File = file };
    }

    /// <summary>
    /// The 1-based column of a one-line scalar's first character of text, when its text is written as it reads:
    /// plain, or quoted without an escape (YAML 1.2 §7.3); 0 otherwise (a column inside it is then not known).
    /// </summary>
    private static int TextColumn(string yaml, YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { } value } scalar || node.Start.Line != node.End.Line) return 0;
        var start = (int)node.Start.Index;
        var end = (int)node.End.Index;
        if (start < 0 || end > yaml.Length || end < start) return 0;
        var raw = yaml[start..end].TrimEnd();
        return scalar.Style switch
        {
            ScalarStyle.Plain when raw == value => (int)node.Start.Column,
            ScalarStyle.DoubleQuoted when raw == "\"" + value + "\"" && !value.Contains('\\') => (int)node.Start.Column + 1,
            ScalarStyle.SingleQuoted when raw == "'" + value + "'" => (int)node.Start.Column + 1,
            _ => 0,
        };
    }

    /// <summary>Remembers where the last parsed YAML event started, for errors that come without a place.</summary>
    private sealed class TrackingParser(IParser inner, AliasGuard guard) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;
        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastStart = current.Start;
                guard.See(current);
            }
            return moved;
        }
    }

    /// <summary>YAML nodes as plain .NET values: scalars stay strings, so "2019-11-13" is parsed by us with our rules.</summary>
    private static object? ToPlain(string file, YamlNode node) => node switch
    {
        YamlScalarNode { Value: var v, Style: ScalarStyle.Plain } when v is "" or "~" or "null" => null,
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(child => ToPlain(file, child)).ToList(),
        YamlMappingNode m => m.Children.GroupBy(kv => Key(file, kv.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => ToPlain(file, g.Last().Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>A mapping key: a name, never a list or a mapping (YAML allows them; front matter has no use for them).</summary>
    private static string Key(string file, YamlNode node) => node is YamlScalarNode scalar
        ? scalar.Value ?? ""
        : throw new DiagnosticException(Diagnostic.Error(file, (int)node.Start.Line + 1, (int)node.Start.Column,
            "A front-matter key is a list or a mapping here; keys must be names.",
            "Write 'name: value'; quote the key if it starts with '[' or '{'."));
}
