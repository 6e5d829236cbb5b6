using System.Globalization;

namespace Blog.MagicCube;

/// <summary>
/// Reads cube text: layers from front to back separated by blank lines, each layer's rows from top
/// to bottom, integers separated by white space. The first row fixes the order n.
/// </summary>
public static class CubeParser
{
    private sealed record Token(int Column, string Text);
    private sealed record Row(int Line, IReadOnlyList<Token> Tokens, int EndColumn);

    public static CubeParseResult Parse(string text)
    {
        var layers = SplitLayers(text);
        if (layers.Count == 0)
            return CubeParseResult.Fail([new CubeError(1, 1,
                "no numbers: a cube is n layers of n rows of n integers, layers separated by a blank line")]);

        var errors = new List<CubeError>();
        var values = new List<int>();
        foreach (var row in layers.SelectMany(l => l))
            foreach (var token in row.Tokens)
            {
                if (TryParseInt(token.Text, out int value)) values.Add(value);
                else errors.Add(new CubeError(row.Line, token.Column, NotAnInteger(token.Text)));
            }

        var first = layers[0][0];
        int n = first.Tokens.Count;
        CheckShape(layers, n, first.Line, errors);
        if (errors.Count > 0) return CubeParseResult.Fail(errors);
        return CubeParseResult.Ok(Cube.Create(n, (l, r, c) => values[(l * n + r) * n + c]));
    }

    private static void CheckShape(List<List<Row>> layers, int n, int firstLine, List<CubeError> errors)
    {
        if (layers is [[var only]] && n > 1 && CubeRoot(n) is int m)
        {
            errors.Add(new CubeError(only.Line, 1,
                $"all {n} numbers are on one line: write a cube of order {m} as {m} layers of {m} rows of {m} numbers, layers separated by a blank line"));
            return;
        }
        foreach (var row in layers.SelectMany(l => l).Where(r => r.Tokens.Count != n))
        {
            int column = row.Tokens.Count > n ? row.Tokens[n].Column : row.EndColumn;
            errors.Add(new CubeError(row.Line, column,
                $"this row has {row.Tokens.Count} numbers but the first row (line {firstLine}) has {n}: every row needs {n}"));
        }
        for (int i = 0; i < layers.Count; i++)
            if (layers[i].Count != n)
                errors.Add(new CubeError(layers[i][0].Line, 1,
                    $"layer {i + 1} has {layers[i].Count} rows but a cube of order {n} needs {n} rows in every layer"));
        if (layers.Count != n)
        {
            var at = layers.Count > n ? layers[n][0] : layers[^1][^1];
            int count = layers.Sum(l => l.Sum(r => r.Tokens.Count));
            errors.Add(new CubeError(at.Line, 1,
                $"found {layers.Count} layers ({count} numbers) but a cube of order {n} needs {n} layers ({(long)n * n * n} numbers); separate layers with one blank line"));
        }
    }

    private static int? CubeRoot(int count)
    {
        int m = (int)Math.Round(Math.Cbrt(count));
        return m * m * m == count ? m : null;
    }

    private static List<List<Row>> SplitLayers(string text)
    {
        var layers = new List<List<Row>>();
        List<Row>? current = null;
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var tokens = Tokenize(lines[i]);
            if (tokens.Count == 0) { current = null; continue; }
            if (current is null) layers.Add(current = []);
            current.Add(new Row(i + 1, tokens, lines[i].TrimEnd().Length + 1));
        }
        return layers;
    }

    private static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i])) { i++; continue; }
            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            tokens.Add(new Token(start + 1, line[start..i]));
        }
        return tokens;
    }

    private static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string NotAnInteger(string text) =>
        text.Length > 0 && text.TrimStart('+', '-').All(char.IsAsciiDigit) && text.TrimStart('+', '-').Length > 0
            ? $"'{text}' is too large for a cube entry"
            : $"'{text}' is not an integer";
}
