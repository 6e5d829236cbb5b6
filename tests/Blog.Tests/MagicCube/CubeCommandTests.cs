using Blog.Cli;
using Blog.Diagnostics;
using Blog.MagicCube;
using Blog.MagicCube.Rendering;

namespace Blog.Tests.MagicCube;

/// <summary>The <c>cube</c> command's input and output, without touching the process console.</summary>
public class CubeCommandTests
{
    [Fact]
    public void Reads_the_seed_cube_from_standard_input_and_prints_the_seed_array()
    {
        var cube = CubeInput.Read(null, null, new StringReader(SeedCube.Text), stdinIsTerminal: false);
        string latex = CubeOutput.Write(cube, MagicChecker.Check(cube), "latex", CubeDiagramStyle.MathJax);
        Assert.StartsWith("$$\n", latex);
        Assert.EndsWith("\n$$\n", latex);
        Assert.Equal(ArrayGrid.Parse(SeedCube.Array()), ArrayGrid.Parse(latex));
    }

    [Fact]
    public void Construct_5_as_json_is_a_true_magic_cube()
    {
        var cube = CubeInput.Read(null, "5", TextReader.Null, stdinIsTerminal: true);
        string json = CubeOutput.Write(cube, MagicChecker.Check(cube), "json", CubeDiagramStyle.MathJax);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("magic").GetBoolean());
        Assert.Equal(5, doc.RootElement.GetProperty("n").GetInt32());
    }

    [Fact]
    public void Text_format_reads_back()
    {
        var cube = CubeInput.Read(null, "4", TextReader.Null, stdinIsTerminal: true);
        string text = CubeOutput.Write(cube, MagicChecker.Check(cube), "text", CubeDiagramStyle.MathJax);
        Assert.Equal(cube.Values, CubeParser.Parse(text).Cube!.Values);
    }

    [Fact]
    public void Parse_errors_name_the_file_line_and_column()
    {
        string file = Path.Combine(Path.GetTempPath(), $"cube-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "1 2\n3 x\n\n5 6\n7 8 9\n");
        try
        {
            var e = Assert.Throws<CubeInputException>(() => CubeInput.Read(file, null, TextReader.Null, true));
            Assert.Equal([$"{file}(2,3): error: 'x' is not an integer",
                          $"{file}(5,5): error: this row has 3 numbers but the first row (line 1) has 2: every row needs 2"],
                e.Diagnostics.Select(d => d.ToString()));
        }
        finally { File.Delete(file); }
    }

    [Theory]
    [InlineData(null, "6", "--construct: error: order 6 is not supported")]
    [InlineData(null, "x", "--construct: error: 'x' is not an order")]
    [InlineData("cube.txt", "3", "cube: error: give either a file")]
    [InlineData("no-such-cube.txt", null, "no-such-cube.txt: error: file not found")]
    [InlineData(null, null, "cube: error: no cube given")]
    public void User_mistakes_are_diagnostics(string? file, string? construct, string start)
    {
        var e = Assert.Throws<DiagnosticException>(() => CubeInput.Read(file, construct, TextReader.Null, stdinIsTerminal: true));
        Assert.StartsWith(start, e.Diagnostic.ToString());
    }

    [Fact]
    public void Standard_input_errors_are_placed_in_stdin()
    {
        var e = Assert.Throws<CubeInputException>(() => CubeInput.Read("-", null, new StringReader("1 2\n"), false));
        Assert.StartsWith("<stdin>(1,1): error:", e.Diagnostics[0].ToString());
    }
}
