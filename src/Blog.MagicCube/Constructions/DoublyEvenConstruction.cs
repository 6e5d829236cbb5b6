namespace Blog.MagicCube.Constructions;

/// <summary>
/// Magic cubes of order n divisible by 4, by the complement pattern. Number the cells 1..n³ in
/// reading order, v = layer·n² + row·n + col + 1, then replace v by n³+1−v wherever the pattern
/// p = q(layer) ⊕ q(row) ⊕ q(col) is false, with q(x) = (x mod 4 ∈ {0, 3}).
/// <list type="bullet">
/// <item>Along any line the numbers form an arithmetic progression with step s, and q follows
/// 1,0,0,1 in every block of four, so each block keeps x and x+3s and complements x+s and x+2s:
/// its sum is 2(n³+1), and the n/4 blocks give n(n³+1)/2. The space diagonals are progressions
/// too (q(n−1−t) = q(t) since 4 | n), with the same pattern.</item>
/// <item>p is symmetric under the central reflection, which maps v to n³+1−v, so the complemented
/// cells take exactly the numbers of the other complemented cells: every number appears once.</item>
/// </list>
/// </summary>
public static class DoublyEvenConstruction
{
    public static bool Supports(int n) => n >= 4 && n % 4 == 0;

    public static Cube Build(int n)
    {
        if (!Supports(n)) throw new ArgumentOutOfRangeException(nameof(n), n, "The order must be a multiple of 4.");
        int total = n * n * n;
        static bool Q(int x) => x % 4 is 0 or 3;
        return Cube.Create(n, (l, r, c) =>
        {
            int v = (l * n + r) * n + c + 1;
            return Q(l) ^ Q(r) ^ Q(c) ? v : total + 1 - v;
        });
    }
}
