using Blog.Diagnostics;
using Blog.Preview;
using Blog.Site;

namespace Blog.Tests.Preview;

/// <summary>Issue 28.6: a preview owns its generations, and a deleted content folder keeps the last good build served.</summary>
public sealed class OwnershipTests
{
    [Fact]
    public async Task A_second_preview_of_the_same_site_refuses_naming_the_first_and_the_first_keeps_serving()
    {
        await using var site = await PreviewSite.StartAsync();
        var error = await Assert.ThrowsAsync<DiagnosticException>(() => PreviewHost.StartAsync(new PreviewOptions
        {
            Build = new BuildOptions { SiteRoot = site.Root },
            Port = 0,
        }, TextWriter.Null));
        Assert.Contains($"process {Environment.ProcessId}", error.Diagnostic.Message);
        Assert.Contains("--output", error.Diagnostic.Hint);
        Assert.Equal(200, (await site.GetAsync("/")).Status);
    }

    [Fact]
    public async Task A_preview_with_its_own_output_folder_runs_beside_the_first()
    {
        await using var site = await PreviewSite.StartAsync();
        var own = Path.Combine(site.Root, ".cache", "second");
        await using var second = await PreviewHost.StartAsync(new PreviewOptions
        {
            Build = new BuildOptions { SiteRoot = site.Root, Output = own },
            Port = 0,
        }, TextWriter.Null);
        Assert.True(second.Session.Last!.Success);
        Assert.Equal(200, (await site.GetAsync("/")).Status);
    }

    [Theory]
    [InlineData("input/posts")]
    [InlineData("input")]
    public async Task Deleting_a_content_folder_is_an_error_and_the_last_good_build_stays_served(string folder)
    {
        await using var site = await PreviewSite.StartAsync();
        var before = await site.GetAsync("/");
        var path = Path.Combine(site.Root, folder);
        var moved = path + ".away";
        Directory.Move(path, moved); // as rm -rf, but it can come back
        var (name, data) = await site.Events.NextAsync("failed", "reload");
        Assert.Equal("failed", name);
        Assert.Contains("is gone", data);
        Assert.Equal(before.Body, (await site.GetAsync("/")).Body);

        Directory.Move(moved, path);
        Assert.Equal("ok", (await site.Events.NextAsync("ok", "reload", "failed")).Name); // the same site again: nothing changed
        Assert.Equal(200, (await site.GetAsync("/")).Status);
    }
}
