using Blog.Site;

namespace Blog.Tests.Preview;

/// <summary>
/// However much of a rebuild the preview skips (cached documents, remembered pages, files reused
/// from an older generation), what it serves after an edit is exactly what a fresh full build of
/// the same files writes: the same set of files, byte for byte. Each kind of edit reaches other
/// pages differently (prose: one page; a title: lists, feed, neighbours' previous/next links; tags:
/// tag pages; a new or deleted post: pagination, archive, sitemap; a theorem renumbered: the
/// cross-references to it in posts that were not edited), so each is checked.
/// </summary>
public sealed class IncrementalEquivalenceTests : IAsyncLifetime
{
    private PreviewSite _site = null!;

    public async Task InitializeAsync() => _site = await PreviewSite.StartAsync(prepare: root =>
    {
        for (var i = 4; i <= 7; i++) PreviewSite.WritePost(root, $"post-{i}", $"第 {i} 篇", $"2020-02-0{i}", $"正文 {i}:公式 $y_{i}$。");
        PreviewSite.WritePost(root, "post-9", "定理篇", "2020-03-05", Theorems(1));
        PreviewSite.WritePost(root, "post-10", "引用篇", "2020-03-06", "见 @post-9/thm-main,又见 @post-9/thm-main 的证明。");
    });

    /// <summary>A post whose theorem thm-main comes after <paramref name="before"/> other theorems, so its number is before + 1.</summary>
    private static string Theorems(int before) => string.Concat(Enumerable.Range(1, before).Select(i => $"::: {{#thm-pre{i}}}\n前置的结论 {i}。\n:::\n\n"))
        + "::: {#thm-main}\n主要的结论。\n:::\n";

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task After_each_kind_of_edit_the_preview_serves_what_a_full_build_writes()
    {
        await AssertSameAsFullBuild("first build");

        await Edit("post-2", "第 2 篇", "2020-01-02", "改过的正文,公式 $z^2$。");
        await AssertSameAsFullBuild("prose edit");

        await Edit("post-1", "新的标题 $\\alpha$", "2020-01-01", "正文 1:公式 $x^1$。");
        await AssertSameAsFullBuild("title change");

        var file = _site.PostFile("post-3");
        File.WriteAllText(file, File.ReadAllText(file).Replace("tags: [测试]", "tags: [测试, 几何]"));
        await NextReload();
        await AssertSameAsFullBuild("tag added");

        await Edit("post-8", "第 8 篇", "2020-03-01", "新的一篇。");
        await AssertSameAsFullBuild("post added");

        File.Delete(_site.PostFile("post-5"));
        await NextReload();
        await AssertSameAsFullBuild("post deleted");

        await Edit("post-6", "第 6 篇", "2019-12-31", "正文 6:公式 $y_6$。");
        await AssertSameAsFullBuild("date moved (order changed)");

        // post-10 is not edited, yet its links name the theorem's new number ("定理 3", was "定理 2").
        var referring = await _site.GetAsync("/2020/03/post-10/");
        await Edit("post-9", "定理篇", "2020-03-05", Theorems(2));
        await AssertSameAsFullBuild("theorem renumbered in a post another post refers to");
        Assert.NotEqual(referring.Body, (await _site.GetAsync("/2020/03/post-10/")).Body);
    }

    private async Task Edit(string slug, string title, string date, string body)
    {
        PreviewSite.WritePost(_site.Root, slug, title, date, body);
        await NextReload();
    }

    private async Task NextReload()
    {
        var (name, data) = await _site.Events.NextAsync("reload", "failed");
        Assert.True(name == "reload", $"the rebuild failed: {data}\n{_site.Log}");
    }

    private async Task AssertSameAsFullBuild(string after)
    {
        var served = _site.Host.Session.Generations.Current!.Files;
        var fresh = Path.Combine(Path.GetTempPath(), "blog-full-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var options = _site.Host.Session.Options with { Output = fresh };
            var result = await SiteBuilder.BuildAsync(options);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            var written = Directory.EnumerateFiles(fresh, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(fresh, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.True(written.SequenceEqual(served.Keys.Order(StringComparer.Ordinal)),
                $"after the {after}: files only in the full build: {string.Join(", ", written.Except(served.Keys))}; " +
                $"only in the preview: {string.Join(", ", served.Keys.Except(written))}");
            foreach (var destination in written)
            {
                var expected = await File.ReadAllBytesAsync(Path.Combine(fresh, destination));
                var actual = await File.ReadAllBytesAsync(served[destination].Path);
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"after the {after}: {destination} differs from a full build's");
            }
        }
        finally
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }
}
