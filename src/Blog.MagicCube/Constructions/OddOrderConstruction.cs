namespace Blog.MagicCube.Constructions;

/// <summary>
/// Magic cubes of odd order n. Each cell gets three digits base n, a·n² + b·n + c + 1, where each
/// digit is a linear form in the cell's coordinates measured from the centre m = (n−1)/2:
/// <c>digit = (m + α·(layer−m) + β·(row−m) + γ·(col−m)) mod n</c>, with all coefficients ±1.
/// <list type="bullet">
/// <item>Along a row, column or pillar one coordinate runs over 0..n−1 with coefficient ±1, so every
/// digit takes every value once: the digits sum to n·m and the line to n(n³+1)/2.</item>
/// <item>A space diagonal passes through the centre; along it a digit is m + k·t (mod n) for t in
/// −m..m, a coset of a subgroup symmetric about m, so it also averages m.</item>
/// <item>The coefficient rows (1,1,1), (1,1,−1), (1,−1,1) have determinant −4, a unit mod every odd
/// n, so the digits (a,b,c) determine the cell: every number 1..n³ appears once.</item>
/// </list>
/// </summary>
public static class OddOrderConstruction
{
    private static readonly int[][] Forms = [[1, 1, 1], [1, 1, -1], [1, -1, 1]];

    public static bool Supports(int n) => n >= 1 && n % 2 == 1;

    public static Cube Build(int n)
    {
        if (!Supports(n)) throw new ArgumentOutOfRangeException(nameof(n), n, "The order must be odd.");
        int m = (n - 1) / 2;
        int Digit(int[] f, int l, int r, int c) =>
            Mod(m + f[0] * (l - m) + f[1] * (r - m) + f[2] * (c - m), n);
        return Cube.Create(n, (l, r, c) =>
            (Digit(Forms[0], l, r, c) * n + Digit(Forms[1], l, r, c)) * n + Digit(Forms[2], l, r, c) + 1);
    }

    private static int Mod(int x, int n) => ((x % n) + n) % n;
}
