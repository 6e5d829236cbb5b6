using System.Text.Json;
using Blog.MagicCube;
using Blog.MagicCube.Constructions;

namespace Blog.Tests.MagicCube;

public class CubeJsonTests
{
    [Fact]
    public void Seed_cube_json_has_the_cube_layers_front_to_back_and_its_problems()
    {
        var cube = SeedCube.Parse();
        using var doc = JsonDocument.Parse(CubeJson.Write(cube, MagicChecker.Check(cube)));
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("n").GetInt32());
        Assert.False(root.GetProperty("magic").GetBoolean());
        Assert.Equal(42, root.GetProperty("magicConstant").GetInt64());
        var layers = root.GetProperty("cube");
        Assert.Equal(3, layers.GetArrayLength());
        Assert.Equal([24, 1, 18], layers[0][0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([9, 26, 6], layers[2][2].EnumerateArray().Select(e => e.GetInt32()));

        var problems = root.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(2 + 2 + 25, problems.Count);
        var duplicate = problems.First(p => p.GetProperty("kind").GetString() == "duplicate");
        Assert.Equal(8, duplicate.GetProperty("value").GetInt32());
        Assert.Equal(2, duplicate.GetProperty("positions").GetArrayLength());
        var row = problems.First(p => p.GetProperty("kind").GetString() == "row");
        Assert.Equal(43, row.GetProperty("sum").GetInt64());
        Assert.Equal(1, row.GetProperty("difference").GetInt64());
        Assert.Equal("第1层第1行：24 + 1 + 18 = 43（多 1）", row.GetProperty("message").GetString());
    }

    [Fact]
    public void Magic_cube_json_has_no_problems()
    {
        var cube = MagicCubeBuilder.Build(4).Cube!;
        using var doc = JsonDocument.Parse(CubeJson.Write(cube, MagicChecker.Check(cube)));
        Assert.True(doc.RootElement.GetProperty("magic").GetBoolean());
        Assert.Equal(130, doc.RootElement.GetProperty("magicConstant").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("problems").GetArrayLength());
    }
}
