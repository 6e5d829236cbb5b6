namespace Blog.MagicCube.Rendering;

/// <summary>
/// Lays a cube out as a grid of <see cref="DiagramCell"/>s: every number at its place, and the
/// edges between neighbouring numbers along all three axes. An edge is visible when it lies in the
/// front, top or right face, otherwise hidden. Where edges cross, visible beats hidden and the
/// nearer hidden edge beats the farther one.
/// </summary>
public static class DiagramGrid
{
    public static DiagramCell[,] Build(Cube cube, CubeLayout layout)
    {
        int n = cube.N;
        var grid = new DiagramCell[layout.Size, layout.Size];
        for (int r = 0; r < layout.Size; r++)
            for (int c = 0; c < layout.Size; c++)
                grid[r, c] = DiagramCell.Empty;

        foreach (var p in cube.Positions())
        {
            var (row, col) = layout.Place(p);
            Put(grid, row, col, new DiagramCell(DiagramCellKind.Number, !layout.IsVisible(p), p.Layer, cube[p]));
            if (p.Col < n - 1)
                Edge(grid, row, col, 0, 1, layout.Spacing,
                    new DiagramCell(DiagramCellKind.Horizontal, !(p.Layer == 0 || p.Row == 0), p.Layer));
            if (p.Row < n - 1)
                Edge(grid, row, col, 1, 0, layout.Spacing,
                    new DiagramCell(DiagramCellKind.Vertical, !(p.Layer == 0 || p.Col == n - 1), p.Layer));
            if (p.Layer < n - 1)
                Edge(grid, row, col, -1, 1, CubeLayout.LayerShift,
                    new DiagramCell(DiagramCellKind.Depth, !(p.Row == 0 || p.Col == n - 1), p.Layer));
        }
        return grid;
    }

    private static void Edge(DiagramCell[,] grid, int row, int col, int dRow, int dCol, int length, DiagramCell cell)
    {
        for (int k = 1; k < length; k++) Put(grid, row + k * dRow, col + k * dCol, cell);
    }

    private static void Put(DiagramCell[,] grid, int row, int col, DiagramCell cell)
    {
        if (cell.Covers(grid[row, col])) grid[row, col] = cell;
    }
}
