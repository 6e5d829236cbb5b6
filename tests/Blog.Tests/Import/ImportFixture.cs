using Blog.Cli;
using Blog.Import;
using Blog.Tests.Support;

namespace Blog.Tests.Import;

/// <summary>A site to import into (<see cref="TestSite.Empty"/>) with the source blog written beside it, in <c>old/</c>.</summary>
public sealed class ImportFixture : IDisposable
{
    public TestSite Site { get; } = TestSite.Empty();
    public string Source => Path.Combine(Site.Root, "old");

    public ImportFixture() => Site.Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject { ["render"] = "client" });

    /// <summary>Writes a file of the source blog, e.g. "_posts/2015-05-31-x.md".</summary>
    public ImportFixture Write(string relativePath, string content)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public ImportFixture WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public ImportReport Import(string kind, bool force = false, string? source = null) => BlogImport.Run(kind, source ?? Source, Site.Root, force);

    /// <summary>A file the import wrote, relative to the site root ("input/posts/x.md").</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Site.Root, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Site.Root, relativePath));

    /// <summary>Every file under input/ with its bytes, to compare two imports.</summary>
    public string InputHash() => TestSite.HashFolder(Path.Combine(Site.Root, "input"));

    public void Dispose() => Site.Dispose();
}
