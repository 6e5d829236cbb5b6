namespace Blog.Tests.MagicCube;

/// <summary>The cube drawn by hand in the seed article (issue 4), and that drawing.</summary>
public static class SeedCube
{
    public const string Text = """
        24 1 18
        15 3 21
        23 2 19

        14 22 7
        8 12 22
        16 8 17

        4 25 11
        13 27 5
        9 26 6
        """;

    public static string Array() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MagicCube", "seed-cube-array.tex"));

    public static Blog.MagicCube.Cube Parse()
    {
        var result = Blog.MagicCube.CubeParser.Parse(Text);
        Assert.Empty(result.Errors);
        return result.Cube!;
    }
}
