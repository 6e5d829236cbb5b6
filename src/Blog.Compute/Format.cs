using System.Globalization;

namespace Blog.Compute;

/// <summary>
/// Numbers as the page shows them, the same on every machine: invariant culture, four significant
/// digits, no exponent for ordinary magnitudes. A German or French build must not print 0,5.
/// </summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Number(double x, int digits = 4)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "−∞";
        if (x == System.Math.Round(x) && System.Math.Abs(x) < 1e15) return ((long)x).ToString(Invariant);
        var a = System.Math.Abs(x);
        if (a >= 1e-4 && a < System.Math.Pow(10, digits)) return x.ToString("G" + digits, Invariant);
        if (a >= 1e-4 && a < 1e15) return System.Math.Round(x).ToString("0", Invariant);
        return x.ToString("0." + new string('#', digits - 1) + "e+0", Invariant);
    }

    /// <summary>
    /// Any value as text: numbers through <see cref="Number"/>, other formattables with the invariant
    /// culture, sequences as <c>[1, 2, 3]</c> (never their type name).
    /// </summary>
    public static string Value(object? value, string? format = null) => value switch
    {
        null => "",
        string s => s,
        double d when format is null => Number(d),
        float f when format is null => Number(f),
        decimal m when format is null => Number((double)m),
        IFormattable f => f.ToString(format, Invariant),
        System.Collections.IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Select(x => Value(x, format))) + "]",
        _ => value.ToString() ?? "",
    };
}
