using System.Text.RegularExpressions;
using Blog.MagicCube;
using Blog.MagicCube.Constructions;
using Blog.MagicCube.Rendering;

namespace Blog.Tests.MagicCube;

public class LatexCubeRendererTests
{
    [Fact]
    public void Seed_cube_reproduces_the_seed_array_cell_by_cell()
    {
        var expected = ArrayGrid.Parse(SeedCube.Array());
        var actual = ArrayGrid.Parse(LatexCubeRenderer.Render(SeedCube.Parse()));
        Assert.Equal(15, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        for (int r = 0; r < expected.Count; r++)
        {
            Assert.True(expected[r].Count == actual[r].Count,
                $"row {r}: {expected[r].Count} cells expected, {actual[r].Count} rendered");
            for (int c = 0; c < expected[r].Count; c++)
                Assert.True(expected[r][c] == actual[r][c],
                    $"row {r}, cell {c}: expected {expected[r][c]}, rendered {actual[r][c]}");
        }
    }

    [Fact]
    public void Mathjax_style_requires_html_once_at_the_start_by_its_mathjax_4_name()
    {
        string latex = LatexCubeRenderer.Render(SeedCube.Parse());
        Assert.StartsWith(@"\require{html}", latex);
        Assert.Single(Regex.Matches(latex, Regex.Escape(@"\require{"), RegexOptions.IgnoreCase));
        Assert.Contains(@"\begin{array}{ccccccccccccccc}", latex);
        Assert.EndsWith(@"\end{array}", latex);
    }

    [Fact]
    public void Another_cube_puts_its_numbers_on_the_same_cells()
    {
        var seedGrid = ArrayGrid.Parse(SeedCube.Array());
        var magic = OddOrderConstruction.Build(3);
        var grid = ArrayGrid.Parse(LatexCubeRenderer.Render(magic));
        var layout = new CubeLayout(3);
        foreach (var p in magic.Positions())
        {
            var (row, col) = layout.Place(p);
            string seedCell = seedGrid[row][col];
            string expected = seedCell.Replace(Number(seedCell), magic[p].ToString());
            Assert.Equal(expected, grid[row][col]);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void Rendered_diagram_reads_back_as_the_same_cube(int n)
    {
        var cube = Cube.Create(n, (l, r, c) => 1000 + (l * n + r) * n + c);
        foreach (var style in Enum.GetValues<CubeDiagramStyle>())
        {
            var grid = ArrayGrid.Parse(LatexCubeRenderer.Render(cube, style));
            var layout = new CubeLayout(n);
            foreach (var p in cube.Positions())
            {
                var (row, col) = layout.Place(p);
                Assert.Equal(cube[p].ToString(), Number(grid[row][col]));
            }
        }
    }

    [Theory]
    [InlineData(4, 7, 28)]
    [InlineData(5, 9, 45)]
    public void Larger_cubes_spread_out_so_every_number_appears_once(int n, int spacing, int size)
    {
        var cube = MagicCubeBuilder.Build(n).Cube!;
        var layout = new CubeLayout(n);
        Assert.Equal((spacing, size), (layout.Spacing, layout.Size));
        string latex = LatexCubeRenderer.Render(cube);
        Assert.Contains(@"\begin{array}{" + new string('c', size) + "}", latex);
        var grid = ArrayGrid.Parse(latex);
        Assert.Equal(size, grid.Count);
        Assert.All(grid, row => Assert.InRange(row.Count, 1, size));
        var numbers = grid.SelectMany(row => row).Select(Number).Where(s => s.Length > 0).Select(int.Parse).ToList();
        Assert.Equal(Enumerable.Range(1, n * n * n), numbers.Order());
        int visible = n * n * n - (n - 1) * (n - 1) * (n - 1);
        Assert.Equal(visible, grid.SelectMany(row => row).Count(cell => cell.Length > 0 && cell.All(char.IsAsciiDigit)));
        // Each layer's numbers keep their own rows and columns: no two layers share one.
        var rows = cube.Positions().GroupBy(p => layout.Place(p).Row).ToList();
        Assert.All(rows, g => Assert.Single(g.Select(p => (p.Layer, p.Row)).Distinct()));
    }

    [Fact]
    public void Larger_cubes_have_the_seed_s_kinds_of_cells_only()
    {
        var allowed = ArrayGrid.Parse(SeedCube.Array()).SelectMany(r => r).Where(c => Number(c).Length == 0).ToHashSet();
        var grid = ArrayGrid.Parse(LatexCubeRenderer.Render(MagicCubeBuilder.Build(5).Cube!));
        Assert.All(grid.SelectMany(r => r).Where(c => Number(c).Length == 0), cell => Assert.Contains(cell, allowed));
    }

    [Fact]
    public void Portable_style_uses_no_html_extension()
    {
        string latex = LatexCubeRenderer.Render(SeedCube.Parse(), CubeDiagramStyle.Portable);
        Assert.DoesNotContain(@"\require", latex);
        Assert.DoesNotContain(@"\style", latex);
        Assert.Contains(@"\diagup", latex);
        Assert.Contains(@"\color{red}{13}", latex);
        Assert.Contains(@"\color{gray}{\vdots}", latex);
        var grid = ArrayGrid.Parse(latex);
        Assert.Equal(@"\text{—}", grid[0][5]);
        Assert.Equal(@"\diagup", grid[1][3]);
        Assert.Equal(@"\color{gray}{\vdots}", grid[1][4]);
    }

    [Fact]
    public void Too_large_cubes_are_refused()
    {
        var cube = Cube.Create(LatexCubeRenderer.MaxOrder + 1, (_, _, _) => 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => LatexCubeRenderer.Render(cube));
    }

    /// <summary>The number in a cell, plain or \color{red}{…}; empty when there is none.</summary>
    private static string Number(string cell) => Regex.Match(cell, @"^(?:\\color\{red\}\{)?(-?\d+)\}?$").Groups[1].Value;
}
