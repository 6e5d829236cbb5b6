namespace Blog.Markup.FencedDivs;

/// <summary>
/// What a fenced div stands for, from Quarto's conventions: a theorem-like block by the prefix of its
/// id (<c>thm-</c> 定理, <c>lem-</c> 引理, …), a proof/remark/solution by class (unnumbered), or a
/// callout by class (<c>.callout-note</c>, …). <see cref="Key"/> is the key of its name in the theme's
/// string table.
/// </summary>
public sealed record DivKind(string Key, DivFamily Family)
{
    /// <summary>Id prefixes of numbered theorem-like blocks, in Quarto's names.</summary>
    public static readonly string[] TheoremPrefixes = ["thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr"];
    /// <summary>Classes of unnumbered proof-like blocks.</summary>
    public static readonly string[] ProofClasses = ["proof", "remark", "solution"];
    public static readonly string[] CalloutTypes = ["note", "tip", "warning", "important", "caution"];

    public bool IsNumbered => Family == DivFamily.Theorem;

    public static DivKind? Of(DivAttributes attributes)
    {
        if (attributes.Id is { } id && id.IndexOf('-') is > 0 and var dash && TheoremPrefixes.Contains(id[..dash]))
            return new DivKind(id[..dash], DivFamily.Theorem);
        // A theorem without an id is numbered too, as in LaTeX: ::: {.theorem} is written with the class.
        foreach (var c in attributes.Classes)
        {
            if (ClassPrefixes.TryGetValue(c, out var prefix)) return new DivKind(prefix, DivFamily.Theorem);
            if (ProofClasses.Contains(c)) return new DivKind(c, DivFamily.Proof);
            if (c.StartsWith("callout-", StringComparison.Ordinal) && CalloutTypes.Contains(c["callout-".Length..]))
                return new DivKind(c, DivFamily.Callout);
        }
        return null;
    }

    /// <summary>LaTeX-style class names for theorem blocks without an id.</summary>
    private static readonly Dictionary<string, string> ClassPrefixes = new(StringComparer.Ordinal)
    {
        ["theorem"] = "thm", ["lemma"] = "lem", ["corollary"] = "cor", ["proposition"] = "prp",
        ["conjecture"] = "cnj", ["definition"] = "def", ["example"] = "exm", ["exercise"] = "exr",
    };
}

public enum DivFamily { Theorem, Proof, Callout }
