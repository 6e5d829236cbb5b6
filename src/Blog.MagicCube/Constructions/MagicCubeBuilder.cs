namespace Blog.MagicCube.Constructions;

/// <summary>Picks the construction for an order, or says why there is none.</summary>
public static class MagicCubeBuilder
{
    /// <summary>The largest order built (n³ cells; larger cubes are not useful on a page).</summary>
    public const int MaxOrder = 64;

    public static ConstructionResult Build(int n)
    {
        if (n < 1)
            return new(null, $"order {n} is not a positive integer");
        if (n > MaxOrder)
            return new(null, $"order {n} is too large: at most {MaxOrder} is supported");
        if (OddOrderConstruction.Supports(n))
            return new(OddOrderConstruction.Build(n), null);
        if (DoublyEvenConstruction.Supports(n))
            return new(DoublyEvenConstruction.Build(n), null);
        if (n == 2)
            return new(null, "order 2 is not supported: no magic cube of order 2 exists");
        return new(null,
            $"order {n} is not supported: singly even orders (n ≡ 2 mod 4, like 6 and 10) have no construction here; use an odd order or a multiple of 4");
    }
}
