using System.Runtime.CompilerServices;
using System.Text;

namespace Blog.Compute;

/// <summary>
/// What every block of a page sees as globals: <c>Rng</c>, <c>Check</c>, <c>Show</c>, <c>Data</c>.
/// One instance per page, so nothing carries over from one page to the next.
/// </summary>
public sealed class Notebook(int seed, string dataRoot)
{
    private readonly List<Output> _outputs = [];

    /// <summary>The page's random source, seeded from the page's path: two builds draw the same numbers.
    /// MathNet distributions take it too: <c>new Normal(0, 1, Rng)</c>.</summary>
    public Random Rng { get; } = new(seed);

    public int Seed { get; } = seed;

    /// <summary>Data files of the site, read through here so the cache knows what the block depends on.</summary>
    public Data Data { get; } = new(dataRoot);

    /// <summary>What the code prints with Console.Write: shown as the block's output.</summary>
    public StringWriter ConsoleText { get; } = new(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Size of the SVG of the next plot shown, in pixels (set from the block's fig-width / fig-height).</summary>
    public int FigureWidth { get; set; } = Figure.DefaultWidth;
    public int FigureHeight { get; set; } = Figure.DefaultHeight;

    /// <summary>Fails the build at this line of the article unless <paramref name="condition"/> holds.</summary>
    public void Check(bool condition, string message, [CallerLineNumber] int line = 0)
    {
        if (!condition) throw new CheckFailedException(message, line);
    }

    /// <summary>Shows a value now (a table, a plot, a matrix…), in order with what the block prints.</summary>
    public void Show(object? value)
    {
        FlushConsole();
        if (Display.Of(value, FigureWidth, FigureHeight) is { } output) _outputs.Add(output);
    }

    /// <summary>Display math to show, e.g. <c>Latex(Tex.Of(m, "F3"))</c>: goes through the site's math pipeline.</summary>
    public Latex Latex(string tex) => new(tex);

    /// <summary>Raw HTML to show as is.</summary>
    public Html Html(string html) => new(html);

    /// <summary>
    /// The outputs since the last call, ending with the block's value; clears them for the next block.
    /// <paramref name="tupleNames"/>: the element names of the value's tuple rows, read from the code by the runner.
    /// </summary>
    public IReadOnlyList<Output> TakeOutputs(object? finalValue, bool showFinal, IReadOnlyList<string>? tupleNames = null)
    {
        FlushConsole();
        if (showFinal && Display.Of(finalValue, FigureWidth, FigureHeight, tupleNames) is { } output) _outputs.Add(output);
        var result = _outputs.ToList();
        _outputs.Clear();
        return result;
    }

    /// <summary>Drops what a failed block had shown and printed.</summary>
    public void Discard()
    {
        ConsoleText.GetStringBuilder().Clear();
        _outputs.Clear();
    }

    private void FlushConsole()
    {
        var text = ConsoleText.ToString();
        if (text.Length > 0) _outputs.Add(new Output(OutputKind.Console, text));
        ConsoleText.GetStringBuilder().Clear();
    }
}
