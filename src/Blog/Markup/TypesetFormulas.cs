using Blog.Markup.Formulas;

namespace Blog.Markup;

/// <summary>
/// Build mode: what the page's HTML holds for each formula of <see cref="Formulas"/> (its CHTML, or its
/// placeholder in the build's formula table), in the order of <see cref="PostFormulas.All"/>. Made by the
/// typesetting stage before the page is rendered; the one rendering writes each formula's entry in its place.
/// </summary>
/// <param name="Formulas">The formulas found on the trees.</param>
/// <param name="Html">One entry per formula of <see cref="PostFormulas.All"/>, in that order.</param>
public sealed record TypesetFormulas(PostFormulas Formulas, IReadOnlyList<string> Html)
{
    /// <summary>
    /// The entry for the formula a renderer writes as the <paramref name="index"/>-th of <paramref name="part"/>.
    /// The excerpt's formulas are the body's, found by place and text.
    /// </summary>
    /// <exception cref="FormulaOrderException">The renderer wrote another formula than was found there: a fault of blog, not of the page.</exception>
    public string For(PostPart part, FormulaOccurrence written, int index)
    {
        if (part == PostPart.Excerpt)
        {
            _byPlace ??= Formulas.Body.Select((f, i) => (f, i)).DistinctBy(x => x.f).ToDictionary(x => x.f, x => Html[x.i]);
            return _byPlace.TryGetValue(written, out var html) ? html : throw new FormulaOrderException(written, part);
        }
        var found = Formulas.Of(part);
        if (index >= found.Count || found[index] != written) throw new FormulaOrderException(written, part);
        return Html[Formulas.Offset(part) + index];
    }

    private Dictionary<FormulaOccurrence, string>? _byPlace;
}

/// <summary>
/// A renderer wrote a formula that the walk over the trees (<see cref="Order.ReadingOrder"/>) did not find at
/// that place: the two disagree about a kind of node, a fault of blog. Reported at the formula's line.
/// </summary>
public sealed class FormulaOrderException(FormulaOccurrence formula, PostPart part)
    : Exception($"blog wrote the formula {formula.Text} of the {part.ToString().ToLowerInvariant()} where it had not found it before typesetting.")
{
    /// <summary>The formula as the renderer wrote it.</summary>
    public FormulaOccurrence Formula => formula;
}
