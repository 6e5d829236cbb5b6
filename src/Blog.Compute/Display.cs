using System.Collections;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace Blog.Compute;

/// <summary>How a value is shown, chosen by its type: the last expression of a block, or <c>Show(x)</c>.</summary>
public static class Display
{
    public static Output? Of(object? value, int figureWidth = Figure.DefaultWidth, int figureHeight = Figure.DefaultHeight) => value switch
    {
        null => null,
        string s => new Output(Output.Text, s),
        ScottPlot.Plot plot => new Output(Output.Svg, Figure.Svg(plot, figureWidth, figureHeight)),
        Matrix<double> m => new Output(Output.Tex, Tex.Of(m)),
        Vector<double> v => new Output(Output.Tex, Tex.Of(v)),
        Html html => new Output(Output.Html, html.Content),
        Latex latex => new Output(Output.Tex, latex.Tex),
        IEnumerable sequence when IsRows(value) => new Output(Output.Html,
            Table.Of(sequence.Cast<object?>()).ToHtml()),
        _ when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(Table<>)
            => new Output(Output.Html, value.ToString()!),
        _ => new Output(Output.Text, Format.Value(value)),
    };

    /// <summary>Sequences of records or tuples read as tables; other sequences (strings, numbers) do not.</summary>
    private static bool IsRows(object value)
    {
        var element = value.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is null) return false;
        return typeof(ITuple).IsAssignableFrom(element)
               || element.GetMethod("<Clone>$") is not null; // records
    }
}

/// <summary>Wraps HTML a block wants shown as is: <c>Html("&lt;b&gt;x&lt;/b&gt;")</c>.</summary>
public sealed record Html(string Content);

/// <summary>Wraps TeX a block wants shown as display math: <c>Latex(@"\frac{1}{2}")</c>.</summary>
public sealed record Latex(string Tex);
