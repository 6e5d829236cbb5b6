using System.Collections;
using MathNet.Numerics.LinearAlgebra;

namespace Blog.Compute;

/// <summary>How a value is shown, chosen by its type: the last expression of a block, or <c>Show(x)</c>.</summary>
public static class Display
{
    /// <param name="tupleNames">Element names of the rows' tuple type when the code named them (<c>(int n, double p)</c>); they head the columns instead of Item1, Item2…</param>
    public static Output? Of(object? value, int figureWidth = Figure.DefaultWidth, int figureHeight = Figure.DefaultHeight,
        IReadOnlyList<string>? tupleNames = null) => value switch
    {
        null => null,
        string s => new Output(OutputKind.Text, s),
        ScottPlot.Plot plot => new Output(OutputKind.Svg, Figure.Svg(plot, figureWidth, figureHeight)),
        Matrix<double> m => new Output(OutputKind.Tex, Tex.Of(m)),
        Vector<double> v => new Output(OutputKind.Tex, Tex.Of(v)),
        Html html => new Output(OutputKind.Html, html.Content),
        Latex latex => new Output(OutputKind.Tex, latex.Tex),
        IEnumerable sequence when Rows.Of(sequence) is { } rows => new Output(OutputKind.Html,
            new Table<object?>(rows) { TupleNames = tupleNames, DeclaredRow = Rows.ElementType(value.GetType()) }.ToHtml()),
        _ when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(Table<>)
            => new Output(OutputKind.Html, value.ToString()!),
        _ => new Output(OutputKind.Text, Format.Value(value)),
    };
}

/// <summary>Wraps HTML a block wants shown as is: <c>Html("&lt;b&gt;x&lt;/b&gt;")</c>.</summary>
public sealed record Html(string Content);

/// <summary>Wraps TeX a block wants shown as display math: <c>Latex(@"\frac{1}{2}")</c>.</summary>
public sealed record Latex(string Tex);
