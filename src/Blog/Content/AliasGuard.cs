using Blog.Diagnostics;
using YamlDotNet.Core.Events;

namespace Blog.Content;

/// <summary>
/// Stops a YAML "billion laughs" document while it is parsed: counts alias references and the
/// number of nodes the document has once every alias is replaced by the node it names. Nine levels
/// of nine aliases are 700 bytes of text but 387 million nodes; ours are stopped at the alias that
/// crosses <see cref="LimitSettings.YamlNodes"/> (or <see cref="LimitSettings.YamlAliases"/>), with its line.
/// </summary>
/// <param name="firstLine">Line of the file that the YAML text's line 1 is.</param>
internal sealed class AliasGuard(string file, int firstLine, LimitSettings limits)
{
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    // Per open collection: its anchor (or null) and the nodes counted inside it so far.
    private readonly Stack<(string? Anchor, long Size)> _open = new();
    private long _total;
    private int _aliases;

    public void See(ParsingEvent e)
    {
        switch (e)
        {
            case AnchorAlias alias:
                if (++_aliases > limits.YamlAliases)
                    throw Error(e, $"the front matter uses more than {limits.YamlAliases:N0} aliases (limits.yamlAliases).");
                Add(_anchorSizes.TryGetValue(alias.Value.Value, out var size) ? size : 1, e);
                break;
            case Scalar scalar:
                Add(1, e);
                if (!scalar.Anchor.IsEmpty) _anchorSizes[scalar.Anchor.Value] = 1;
                break;
            case SequenceStart s:
                _open.Push((s.Anchor.IsEmpty ? null : s.Anchor.Value, 1));
                break;
            case MappingStart m:
                _open.Push((m.Anchor.IsEmpty ? null : m.Anchor.Value, 1));
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                var (anchor, inside) = _open.Pop();
                if (anchor is not null) _anchorSizes[anchor] = inside;
                Add(inside, e, counted: true);
                break;
        }
    }

    /// <param name="counted">The nodes were already added to the total one by one (a collection just closed).</param>
    private void Add(long size, ParsingEvent at, bool counted = false)
    {
        if (_open.Count > 0)
        {
            var (anchor, inside) = _open.Pop();
            _open.Push((anchor, Math.Min(inside + size, long.MaxValue / 2)));
        }
        if (!counted) _total = Math.Min(_total + size, long.MaxValue / 2);
        if (_total > limits.YamlNodes)
            throw Error(at, $"the front matter expands to more than {limits.YamlNodes:N0} values once its aliases are replaced (limits.yamlNodes).");
    }

    private DiagnosticException Error(ParsingEvent at, string message) => new(Diagnostic.Error(file,
        (int)at.Start.Line + firstLine - 1, (int)at.Start.Column, "The front matter is not accepted: " + message,
        "A front matter that big is almost always an alias bomb (nested '*name' references). If it is really needed, raise \"limits\": { \"yamlAliases\": N, \"yamlNodes\": N } in statiq.json."));
}
