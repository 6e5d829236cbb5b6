using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Tests.Pipeline;

/// <summary>Reading, writing and the atomic swap of the output folder.</summary>
public sealed class FileModuleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("blog-files-").FullName;
    private PipelineContext Context => new(new DiagnosticBag());

    public void Dispose() => Directory.Delete(_root, true);

    [Fact]
    public async Task ReadFiles_normalises_newlines_sorts_and_records_paths()
    {
        Directory.CreateDirectory(Path.Combine(_root, "in", "sub"));
        File.WriteAllText(Path.Combine(_root, "in", "b.md"), "1\r\n2\r3\n");
        File.WriteAllText(Path.Combine(_root, "in", "sub", "a.md"), "x");
        File.WriteAllText(Path.Combine(_root, "in", "c.txt"), "no");
        var docs = await new ReadFiles(_root, Path.Combine(_root, "in"), "**/*.md").ExecuteAsync([], Context);
        Assert.Equal(["in/b.md", "in/sub/a.md"], docs.Select(d => d.Source));
        Assert.Equal("1\n2\n3\n", docs[0].Content);
        Assert.Equal("sub/a.md", docs[1].Get<string>(Keys.RelativePath));
    }

    [Fact]
    public async Task ReadFiles_of_a_missing_folder_reads_nothing()
        => Assert.Empty(await new ReadFiles(_root, Path.Combine(_root, "nope"), "**/*").ExecuteAsync([], Context));

    [Fact]
    public async Task WriteFiles_writes_utf8_without_bom_and_bytes_as_is()
    {
        var outFolder = Path.Combine(_root, "out");
        await new WriteFiles(outFolder).ExecuteAsync(
        [
            new Document { Destination = "a/b/index.html", Content = "你好" },
            new Document { Destination = "x.bin", Bytes = [0, 1, 2] },
            new Document { Content = "no destination" },
        ], Context);
        Assert.Equal("你好"u8.ToArray(), File.ReadAllBytes(Path.Combine(outFolder, "a/b/index.html")));
        Assert.Equal([0, 1, 2], File.ReadAllBytes(Path.Combine(outFolder, "x.bin")));
        Assert.Equal(2, Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task WriteFiles_never_writes_outside_its_folder()
    {
        var outFolder = Path.Combine(_root, "out");
        await Assert.ThrowsAnyAsync<Exception>(() =>
            new WriteFiles(outFolder).ExecuteAsync([new Document { Destination = "../escaped.html", Content = "x" }], Context));
        // A sibling folder whose name starts like the output folder is outside too.
        await Assert.ThrowsAnyAsync<Exception>(() =>
            new WriteFiles(outFolder).ExecuteAsync([new Document { Destination = "../out2/x.html", Content = "x" }], Context));
        Assert.False(File.Exists(Path.Combine(_root, "escaped.html")));
        Assert.False(File.Exists(Path.Combine(_root, "out2", "x.html")));
    }

    [Fact]
    public void StagedOutput_commit_replaces_the_output_and_discard_leaves_it()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "old");

        var failed = new StagedOutput(output);
        failed.Prepare();
        File.WriteAllText(Path.Combine(failed.StagingFolder, "new.html"), "new");
        failed.Discard();
        Assert.Equal(["old.html"], Directory.GetFiles(output).Select(Path.GetFileName));

        var ok = new StagedOutput(output);
        ok.Prepare();
        File.WriteAllText(Path.Combine(ok.StagingFolder, "new.html"), "new");
        ok.Commit();
        Assert.Equal(["new.html"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal(["output"], Directory.GetDirectories(_root).Select(Path.GetFileName)); // no staging or old folder left
    }
}
