using System.Text;
using Blog.Diagnostics;
using Blog.Site.Search;
using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// The search index made beside the build (<see cref="SearchIndexSession"/>): pages arrive in batches,
/// in whatever order the pipelines finish, and the bundle is the same;
/// </summary>
public sealed class SearchIndexSessionTests
{
    private static IndexedPage Page(string url, string body) =>
        new(url, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"zh-CN\"><head><title>{body}</title></head><body><main data-pagefind-body><p>{body}</p></main></body></html>"));

    private static readonly IndexedPage[] Posts = [Page("/a/", "椭圆的周长与离心率"), Page("/b/", "双曲线的渐近线"), Page("/c/", "抛物线的焦点和准线")];
    private static readonly IndexedPage[] Pages = [Page("/about/", "本站简介,关于圆锥曲线")];

    private static async Task<string> BundleAsync(TestSite site, string folder, bool pagesFirst, string[]? order = null)
    {
        await using var session = new SearchIndexSession(site.Root, "node", order ?? ["posts", "pages"], Path.Combine(site.Root, folder));
        if (pagesFirst) session.Deliver("pages", Pages);
        session.Deliver("posts", Posts);
        if (!pagesFirst) session.Deliver("pages", Pages);
        var bundle = Path.Combine(site.Root, folder);
        var result = await session.FinishAsync(CancellationToken.None);
        Assert.False(result.Reused);
        Assert.Equal(4, result.Pages);
        return Compute.ComputedRepoSite.Hash(bundle);
    }

    [Fact]
    public async Task The_bundle_does_not_depend_on_which_batch_arrives_first()
    {
        // Pagefind's output depends on the order pages are added; the session adds them in the batch order it was given.
        using var first = TestSite.Empty();
        using var second = TestSite.Empty();
        var postsFirst = await BundleAsync(first, "bundle", pagesFirst: false);
        var pagesFirst = await BundleAsync(second, "bundle", pagesFirst: true);
        Assert.Equal(postsFirst, pagesFirst);
        // The order does matter to Pagefind: the session's fixed batch order is what keeps the bundle the same.
        using var third = TestSite.Empty();
        Assert.NotEqual(postsFirst, await BundleAsync(third, "bundle", pagesFirst: false, order: ["pages", "posts"]));
    }

    [Fact]
    public async Task Unchanged_batches_start_no_Node_and_restore_the_stored_bundle()
    {
        using var site = TestSite.Empty();
        var made = await BundleAsync(site, "one", pagesFirst: false);
        // A Node that cannot start proves it is not started: the stored bundle is copied.
        await using var session = new SearchIndexSession(site.Root, "/nonexistent/node", ["posts", "pages"], Path.Combine(site.Root, "two"));
        session.Deliver("posts", Posts);
        session.Deliver("pages", Pages);
        var result = await session.FinishAsync(CancellationToken.None);
        Assert.True(result.Reused);
        Assert.Equal(made, Compute.ComputedRepoSite.Hash(Path.Combine(site.Root, "two")));
    }

    [Fact]
    public async Task A_changed_page_in_a_later_batch_indexes_again_and_a_missing_Node_is_named()
    {
        using var site = TestSite.Empty();
        await BundleAsync(site, "one", pagesFirst: false);
        await using var session = new SearchIndexSession(site.Root, "/nonexistent/node", ["posts", "pages"], Path.Combine(site.Root, "two"));
        session.Deliver("posts", Posts);
        session.Deliver("pages", [Page("/about/", "本站简介,改过")]);
        var error = await Assert.ThrowsAsync<DiagnosticException>(() => session.FinishAsync(CancellationToken.None));
        Assert.Contains("/nonexistent/node", error.Diagnostic.Message);
        Assert.Contains("search index", error.Diagnostic.Message);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "two")));
    }
}
