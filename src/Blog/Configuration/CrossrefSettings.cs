namespace Blog.Configuration;

/// <summary>
/// The <c>crossref</c> section of statiq.json: how theorems, sections and the table of contents of a
/// post are numbered. A post's front matter overrides each value with the key in brackets.
/// </summary>
public sealed record CrossrefSettings
{
    /// <summary>One counter for every numbered kind (定理 1, 引理 2, 推论 3) instead of one per kind (<c>shared-counter</c>).</summary>
    public bool SharedCounter { get; init; }
    /// <summary>Theorem numbers restart in each top-level section and carry its number, "2.3" (<c>number-by-section</c>).</summary>
    public bool BySection { get; init; }
    /// <summary>Headings carry numbers "1", "1.2", … (<c>number-sections</c>, as in Pandoc and Quarto).</summary>
    public bool NumberSections { get; init; }
    /// <summary>A table of contents at the top of each post, from its headings (<c>toc</c>).</summary>
    public bool Toc { get; init; }
}
