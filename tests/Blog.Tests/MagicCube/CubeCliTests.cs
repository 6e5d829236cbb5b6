using System.Text.Json;
using Blog.Tests.Support;

namespace Blog.Tests.MagicCube;

/// <summary>The real <c>blog cube</c> process: output, exit codes, and errors without stack traces.</summary>
public sealed class CubeCliTests
{
    [Fact]
    public void Construct_5_as_json_prints_a_true_magic_cube()
    {
        using var site = TestSite.Empty();
        var run = site.RunCli("cube", "--construct", "5", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("magic").GetBoolean());
        Assert.Equal(315, json.RootElement.GetProperty("magicConstant").GetInt64());
    }

    [Fact]
    public void Seed_cube_as_latex_prints_the_seed_array_and_warns_it_is_not_magic()
    {
        using var site = TestSite.Empty().WriteFile("seed.txt", SeedCube.Text);
        var run = site.RunCli("cube", "seed.txt", "--format", "latex");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ArrayGrid.Parse(SeedCube.Array()), ArrayGrid.Parse(run.Stdout));
        Assert.Contains("not a magic cube", run.Stderr);
    }

    [Fact]
    public void Check_prints_the_report_and_exits_1_when_not_magic()
    {
        using var site = TestSite.Empty().WriteFile("seed.txt", SeedCube.Text);
        var run = site.RunCli("cube", "seed.txt", "--check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("8 出现 2 次", run.Stdout);
        Assert.Contains("缺少的数：10、20", run.Stdout);
    }

    [Theory]
    [InlineData("bad.txt(2,3): error: 'x' is not an integer", "cube", "bad.txt")]
    [InlineData("--construct: error: order 6 is not supported", "cube", "--construct", "6")]
    [InlineData("<stdin>(1,1): error: no numbers", "cube")]
    [InlineData("--style: error: 'fancy' is not a style", "cube", "--construct", "3", "--style", "fancy")]
    public void User_mistakes_exit_2_with_a_placed_message_and_no_stack_trace(string message, params string[] args)
    {
        using var site = TestSite.Empty().WriteFile("bad.txt", "1 2\n3 x\n\n5 6\n7 8\n");
        var run = site.RunCli(args);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith(message, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
