using Blog.Compute;

namespace Blog.Tests.Safety;

/// <summary>
/// A compute block's <c>Data</c> reads only inside the data folder, by the same rule as the rest of
/// the build (Blog.Paths.PathContainment): dots, a sibling folder sharing the prefix, a link to a
/// file or through a folder outside, and a loop are refused; a link that stays inside is read.
/// </summary>
public sealed class DataContainmentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("blog-data-").FullName;
    private string DataFolder => Path.Combine(_root, "data");

    public DataContainmentTests()
    {
        Directory.CreateDirectory(Path.Combine(DataFolder, "sub"));
        Directory.CreateDirectory(Path.Combine(_root, "data-old"));
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        File.WriteAllText(Path.Combine(DataFolder, "sub", "table.csv"), "n\n1\n");
        File.WriteAllText(Path.Combine(_root, "data-old", "old.csv"), "secret");
        File.WriteAllText(Path.Combine(_root, "outside", "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(DataFolder, "leak.txt"), Path.Combine(_root, "outside", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(DataFolder, "dir"), Path.Combine(_root, "outside"));
        File.CreateSymbolicLink(Path.Combine(DataFolder, "alias.csv"), Path.Combine("sub", "table.csv"));
        File.CreateSymbolicLink(Path.Combine(DataFolder, "loop"), Path.Combine(DataFolder, "loop"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("../outside/secret.txt", "outside the data folder")]
    [InlineData("sub/../../data-old/old.csv", "outside the data folder")] // shares the prefix "data"
    [InlineData("leak.txt", "symbolic link")]
    [InlineData("dir/secret.txt", "symbolic link")] // a link in a folder on the way
    public void Paths_leading_out_are_refused(string path, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new Data(DataFolder).ReadText(path));
        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("secret", error.Message.Replace("secret.txt", ""));
    }

    [Fact]
    public void A_link_loop_is_not_read()
    {
        var data = new Data(DataFolder);
        Assert.ThrowsAny<Exception>(() => data.ReadText("loop"));
        Assert.Empty(data.FilesRead);
    }

    [Theory]
    [InlineData("sub/table.csv")]
    [InlineData("alias.csv")] // a link that stays inside
    [InlineData("./sub/../sub/table.csv")]
    public void Paths_inside_are_read_and_recorded(string path)
    {
        var data = new Data(DataFolder);
        Assert.Equal([["1"]], data.ReadCsv(path));
        Assert.Single(data.FilesRead);
    }
}
