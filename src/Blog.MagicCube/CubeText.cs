namespace Blog.MagicCube;

/// <summary>Writes a cube in the text form <see cref="CubeParser"/> reads, columns aligned.</summary>
public static class CubeText
{
    public static string Write(Cube cube)
    {
        int width = cube.Values.Max(v => v.ToString().Length);
        var layers = Enumerable.Range(0, cube.N).Select(l =>
            string.Join("\n", Enumerable.Range(0, cube.N).Select(r =>
                string.Join(" ", Enumerable.Range(0, cube.N).Select(c => cube[l, r, c].ToString().PadLeft(width))))));
        return string.Join("\n\n", layers) + "\n";
    }
}
