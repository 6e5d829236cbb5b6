using Blog.MagicCube;
using Blog.MagicCube.Constructions;

namespace Blog.Tests.MagicCube;

public class ConstructionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(16)]
    public void Constructed_cubes_are_magic(int n)
    {
        var result = MagicCubeBuilder.Build(n);
        Assert.True(result.Success, result.Error);
        Assert.Equal(n, result.Cube!.N);
        var report = MagicChecker.Check(result.Cube);
        Assert.True(report.IsMagic, report.ToString());
        Assert.Equal(3 * n * n + 4, report.Lines.Count);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(10)]
    [InlineData(14)]
    public void Singly_even_orders_are_not_supported(int n)
    {
        var result = MagicCubeBuilder.Build(n);
        Assert.False(result.Success);
        Assert.Contains($"order {n} is not supported", result.Error);
        Assert.Contains("singly even", result.Error);
    }

    [Theory]
    [InlineData(0, "not a positive integer")]
    [InlineData(-3, "not a positive integer")]
    [InlineData(2, "no magic cube of order 2 exists")]
    [InlineData(1000, "too large")]
    public void Other_orders_get_a_clear_error(int n, string message)
    {
        var result = MagicCubeBuilder.Build(n);
        Assert.Null(result.Cube);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Every_order_from_3_to_12_is_either_built_magic_or_refused()
    {
        for (int n = 3; n <= 12; n++)
        {
            var result = MagicCubeBuilder.Build(n);
            bool expected = n % 2 == 1 || n % 4 == 0;
            Assert.Equal(expected, result.Success);
            if (result.Success) Assert.True(MagicChecker.Check(result.Cube!).IsMagic, $"order {n}");
        }
    }
}
