using System.Collections.Concurrent;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Tests.Pipeline;

/// <summary>
/// <see cref="WriteFiles.WrittenEarly"/>: a page written before the Output phase hands its exact bytes (placeholders
/// resolved) to whoever listens, so no one reads the file back; the Output phase raises nothing.
/// </summary>
public sealed class WrittenEarlyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("blog-written-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    /// <summary>Build-time math in miniature: each "⟦n⟧" becomes a formula as the file is written.</summary>
    private sealed class Formulas : IDeferredContent
    {
        public string Resolve(string content, string origin) => content.Replace("⟦1⟧", "<mjx-container>E = mc²</mjx-container>");
    }

    [Fact]
    public async Task A_page_written_early_hands_over_the_bytes_in_its_file()
    {
        var write = new WriteFiles(_root, new Formulas());
        var handed = new ConcurrentDictionary<string, (Document Document, byte[] Bytes)>();
        write.WrittenEarly += (document, bytes) => handed[document.Destination!] = (document, bytes.ToArray());
        var context = new PipelineContext(new DiagnosticBag());
        Document[] pages =
        [
            new() { Source = "posts/a.md", Destination = "a/index.html", Content = "<p>公式 ⟦1⟧。</p>" },
            new() { Source = "posts/b.md", Destination = "b/index.html", Content = "<p>没有公式</p>" },
            new() { Destination = "x.bin", Bytes = [0, 0xFF, 7] },
        ];

        var written = await Task.WhenAll(pages.Select(p => write.WriteNowAsync(p, context, CancellationToken.None)));

        Assert.Equal(3, handed.Count);
        foreach (var page in pages)
        {
            var (document, bytes) = handed[page.Destination!];
            Assert.Same(page, document); // the document as it was, with its content and metadata
            Assert.Equal(File.ReadAllBytes(Path.Combine(_root, page.Destination!)), bytes);
        }
        Assert.Equal("<p>公式 <mjx-container>E = mc²</mjx-container>。</p>"u8.ToArray(), handed["a/index.html"].Bytes);
        Assert.All(written, d => Assert.True(d.Get<bool>(WriteFiles.WrittenKey)));
        Assert.All(written, d => Assert.Equal("", d.Content));

        // Written already: neither a second early write nor the Output phase writes or hands anything over.
        handed.Clear();
        await write.WriteNowAsync(written[0], context, CancellationToken.None);
        await write.ExecuteAsync([.. written, new Document { Destination = "late.html", Content = "<p>晚</p>" }], context);
        Assert.Empty(handed);
        Assert.Equal("<p>晚</p>", File.ReadAllText(Path.Combine(_root, "late.html")));
    }
}
