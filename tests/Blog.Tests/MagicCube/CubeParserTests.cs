using Blog.MagicCube;

namespace Blog.Tests.MagicCube;

public class CubeParserTests
{
    [Fact]
    public void Reads_layers_front_to_back_rows_top_to_bottom()
    {
        var cube = SeedCube.Parse();
        Assert.Equal(3, cube.N);
        Assert.Equal(24, cube[0, 0, 0]);
        Assert.Equal(18, cube[0, 0, 2]);
        Assert.Equal(23, cube[0, 2, 0]);
        Assert.Equal(4, cube[2, 0, 0]);
        Assert.Equal(6, cube[2, 2, 2]);
    }

    [Fact]
    public void Accepts_crlf_extra_blank_lines_and_negative_numbers()
    {
        var result = CubeParser.Parse("\r\n1 -2\r\n3 4\r\n\r\n\r\n5 6\r\n  7   +8  \r\n\r\n");
        Assert.True(result.Success);
        Assert.Equal(-2, result.Cube![0, 0, 1]);
        Assert.Equal(8, result.Cube[1, 1, 1]);
    }

    [Fact]
    public void Ragged_row_names_its_line_and_column()
    {
        var error = Assert.Single(CubeParser.Parse("1 2\n3 4 9\n\n5 6\n7 8").Errors);
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Contains("3 numbers", error.Message);
    }

    [Fact]
    public void Short_row_points_after_its_last_number()
    {
        var error = Assert.Single(CubeParser.Parse("1 2\n3 4\n\n5 6\n7").Errors);
        Assert.Equal((5, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Non_number_names_line_and_column()
    {
        var errors = CubeParser.Parse("1 2\n3 x4\n\n5 6\n7 8").Errors;
        var error = Assert.Single(errors);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("'x4' is not an integer", error.Message);
    }

    [Fact]
    public void Too_large_number_is_reported_as_such()
    {
        var error = Assert.Single(CubeParser.Parse("99999999999").Errors);
        Assert.Contains("too large", error.Message);
    }

    [Fact]
    public void Missing_layer_is_reported_at_the_last_line()
    {
        var error = Assert.Single(CubeParser.Parse("1 2 3\n4 5 6\n7 8 9\n\n1 2 3\n4 5 6\n7 8 9").Errors);
        Assert.Equal(7, error.Line);
        Assert.Contains("found 2 layers (18 numbers)", error.Message);
        Assert.Contains("27 numbers", error.Message);
    }

    [Fact]
    public void Extra_layer_is_reported_where_it_starts()
    {
        var error = Assert.Single(CubeParser.Parse("1 2\n3 4\n\n5 6\n7 8\n\n9 9\n9 9").Errors);
        Assert.Equal((7, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Layer_with_wrong_row_count_is_reported_at_its_first_line()
    {
        var errors = CubeParser.Parse("1 2\n3 4\n\n5 6\n7 8\n9 9").Errors;
        var error = Assert.Single(errors);
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Contains("layer 2 has 3 rows", error.Message);
    }

    [Fact]
    public void Missing_blank_line_between_layers_gives_an_error_not_a_cube()
    {
        var result = CubeParser.Parse("1 2\n3 4\n5 6\n7 8");
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Line == 1 && e.Message.Contains("layer 1 has 4 rows"));
    }

    [Fact]
    public void All_numbers_on_one_line_suggest_the_layout()
    {
        var error = Assert.Single(CubeParser.Parse("\n" + string.Join(" ", Enumerable.Range(1, 27))).Errors);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("all 27 numbers are on one line: write a cube of order 3 as 3 layers", error.Message);
    }

    [Fact]
    public void Empty_text_is_an_error_at_line_one()
    {
        var error = Assert.Single(CubeParser.Parse("  \n\n").Errors);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Text_written_by_CubeText_reads_back()
    {
        var cube = SeedCube.Parse();
        var again = CubeParser.Parse(CubeText.Write(cube)).Cube!;
        Assert.Equal(cube.Values, again.Values);
    }
}
