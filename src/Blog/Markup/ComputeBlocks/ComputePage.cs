using System.Text.RegularExpressions;
using Blog.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// The compute units and figure/table labels of one page (figures of other blocks, <see cref="IFigureBlock"/>,
/// share the figure counter), read from its Markdown syntax
/// tree (lines already shifted to the file). Finding them needs no worker, so a page without
/// compute costs nothing and label mistakes are reported before anything runs.
/// </summary>
public sealed partial record ComputePage(IReadOnlyList<ComputeUnit> Units, IReadOnlyDictionary<string, LabelNumber> Labels)
{
    public const string BlockInfo = "{csharp}";
    public const string InlinePrefix = "{csharp}";

    public bool IsEmpty => Units.Count == 0;

    public static ComputePage Find(MarkdownDocument document, string file)
    {
        var units = new List<ComputeUnit>();
        var labels = new Dictionary<string, LabelNumber>();
        int figures = 0, tables = 0;
        foreach (var node in document.Descendants().OrderBy(n => n.Span.Start))
        {
            if (node is FencedCodeBlock block && IsComputeBlock(block))
            {
                var lines = CodeLines(block);
                var options = BlockOptions.Parse(lines, file, block.Line + 2, block.Column + 1);
                var unit = new ComputeUnit(UnitKind.Block, block.Span.Start, string.Join('\n', lines), block.Line + 2, block.Column + 1, options);
                units.Add(unit);
                if (options.Label is { } label)
                {
                    if (labels.ContainsKey(label))
                        throw new DiagnosticException(Diagnostic.Error(file, block.Line + 2, 1, $"Label '{label}' is used twice on this page."));
                    labels[label] = new LabelNumber(label, options.IsFigure, options.IsFigure ? ++figures : ++tables) { Line = block.Line + 2 };
                }
                foreach (var m in CaptionExpression().Matches(options.Caption ?? "").Cast<Match>())
                    units.Add(new ComputeUnit(UnitKind.Caption, block.Span.Start, m.Groups[1].Value, block.Line + 2, 1, new BlockOptions())
                        { OwnerSpan = block.Span.Start, CaptionSource = m.Value });
            }
            else if (node is IFigureBlock { FigureLabel: { } figure } other)
            {
                if (labels.ContainsKey(figure))
                    throw new DiagnosticException(Diagnostic.Error(file, other.FigureLine, 1, $"Label '{figure}' is used twice on this page."));
                labels[figure] = new LabelNumber(figure, true, ++figures) { Line = other.FigureLine };
            }
            else if (node is CodeInline code && InlineCode(code) is { } expression)
            {
                var column = code.Column + 1 + code.DelimiterCount + code.Content.IndexOf(expression, StringComparison.Ordinal);
                units.Add(new ComputeUnit(UnitKind.Inline, code.Span.Start, expression, code.Line + 1, column, new BlockOptions()));
            }
        }
        return new ComputePage(units, labels);
    }

    public static bool IsComputeBlock(FencedCodeBlock block) => block.Info == BlockInfo;

    /// <summary>The expression of an inline `{csharp} expr`, or null for ordinary inline code.</summary>
    public static string? InlineCode(CodeInline code) =>
        code.Content.StartsWith(InlinePrefix + " ", StringComparison.Ordinal) ? code.Content[(InlinePrefix.Length + 1)..].Trim() : null;

    public static List<string> CodeLines(FencedCodeBlock block) =>
        block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()).ToList();

    [GeneratedRegex(@"`\{csharp\}\s+([^`]+)`")]
    private static partial Regex CaptionExpression();
}
