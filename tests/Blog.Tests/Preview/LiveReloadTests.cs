namespace Blog.Tests.Preview;

/// <summary>Edits on disk → rebuild → events to the open pages, and the site served meanwhile.</summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private PreviewSite _site = null!;

    public async Task InitializeAsync() => _site = await PreviewSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task An_edit_sends_a_reload_for_that_page_and_serves_the_new_text()
    {
        PreviewSite.WritePost(_site.Root, "post-2", "第 2 篇", "2020-01-02", "改过的正文：$y^2$。");
        var (name, data) = await _site.Events.NextAsync("reload", "failed");
        Assert.Equal("reload", name);
        Assert.Contains("\"/2020/01/post-2/\"", data);
        Assert.DoesNotContain("\"/2020/01/post-3/\"", data); // pages the edit did not touch are not reloaded
        Assert.Contains("改过的正文", (await _site.GetAsync("/2020/01/post-2/")).Body);
    }

    [Fact]
    public async Task A_broken_edit_shows_the_error_and_keeps_the_last_good_page_until_fixed()
    {
        var file = _site.PostFile("post-1");
        var good = File.ReadAllText(file);
        File.WriteAllText(file, good.Replace("date: 2020-01-01", "date: 1月1日"));
        var (name, data) = await _site.Events.NextAsync("failed", "reload");
        Assert.Equal("failed", name);
        Assert.Contains("\"file\":\"input/posts/post-1.md\"", data);
        Assert.Contains("\"line\":3", data);
        Assert.Contains("is not a date", data);
        var (status, _, page) = await _site.GetAsync("/2020/01/post-1/");
        Assert.Equal(200, status);
        Assert.Contains("正文 1", page);

        // A page opened while the build is broken gets the errors at once.
        await using (var late = await Events.ConnectAsync(_site.Host.Address))
            Assert.Contains("is not a date", (await late.NextAsync("failed")).Data);

        File.WriteAllText(file, good.Replace("正文 1", "修好了"));
        Assert.Equal("reload", (await _site.Events.NextAsync("reload", "failed")).Name);
        Assert.Contains("修好了", (await _site.GetAsync("/2020/01/post-1/")).Body);
        await using var after = await Events.ConnectAsync(_site.Host.Address);
        // A page opened now gets no "failed": everything it receives up to a later edit's reload is checked.
        PreviewSite.WritePost(_site.Root, "post-2", "第 2 篇", "2020-01-02", "之后的修改。");
        var received = await after.UntilAsync("reload");
        Assert.DoesNotContain(received, e => e.Name == "failed");
    }

    [Fact]
    public async Task Fixing_back_to_the_last_good_text_clears_the_overlay_without_a_reload()
    {
        var file = _site.PostFile("post-3");
        var good = File.ReadAllText(file);
        File.WriteAllText(file, good.Replace("title: 第 3 篇", "title:"));
        Assert.Equal("failed", (await _site.Events.NextAsync("failed", "reload")).Name);
        File.WriteAllText(file, good);
        Assert.Equal("ok", (await _site.Events.NextAsync("ok", "reload", "failed")).Name);
    }

    [Fact]
    public async Task A_broken_template_is_reported_with_its_place_and_the_server_carries_on()
    {
        var layout = Path.Combine(_site.Root, "theme", "layouts", "post.sbn-html");
        var good = File.ReadAllText(layout);
        File.WriteAllText(layout, "{{ if page.title }}\n<h1>{{ page.title </h1>\n");
        var (name, data) = await _site.Events.NextAsync("failed", "reload");
        Assert.Equal("failed", name);
        Assert.Contains("theme/layouts/post.sbn-html", data);
        Assert.Equal(200, (await _site.GetAsync("/2020/01/post-1/")).Status);
        File.WriteAllText(layout, good + "\n<!-- fixed -->\n");
        Assert.Equal("reload", (await _site.Events.NextAsync("reload", "failed")).Name);
        Assert.Contains("<!-- fixed -->", (await _site.GetAsync("/2020/01/post-1/")).Body);
    }

    [Fact]
    public async Task A_template_change_rebuilds_only_the_pages_whose_layout_reads_it()
    {
        var layout = Path.Combine(_site.Root, "theme", "layouts", "archive.sbn-html");
        File.AppendAllText(layout, "\n<p>归档模板改过</p>\n");
        var (name, data) = await _site.Events.NextAsync("reload", "failed");
        Assert.Equal("reload", name);
        Assert.Equal("{\"pages\":[\"/archives/\"]}", data);
        Assert.Contains("归档模板改过", (await _site.GetAsync("/archives/")).Body);

        File.AppendAllText(Path.Combine(_site.Root, "theme", "partials", "footer.sbn-html"), "<!-- footer edited -->\n");
        (name, data) = await _site.Events.NextAsync("reload", "failed");
        Assert.Contains("\"/archives/\"", data); // every layout includes the footer
        Assert.Contains("\"/2020/01/post-1/\"", data);
    }

    [Fact]
    public async Task A_css_only_change_swaps_the_stylesheet_instead_of_reloading()
    {
        var css = Path.Combine(_site.Root, "theme", "assets", "css", "site.css");
        File.AppendAllText(css, "\nbody { outline: 1px solid red; }\n");
        var (name, data) = await _site.Events.NextAsync("css", "reload", "failed");
        Assert.Equal("css", name);
        Assert.Equal("[\"/assets/css/site.css\"]", data);
        Assert.Contains("outline: 1px solid red", (await _site.GetAsync("/assets/css/site.css")).Body);
    }

    [Fact]
    public async Task A_deleted_post_disappears_and_the_lists_follow()
    {
        File.Delete(_site.PostFile("post-3"));
        Assert.Equal("reload", (await _site.Events.NextAsync("reload", "failed")).Name);
        Assert.Equal(404, (await _site.GetAsync("/2020/01/post-3/")).Status);
        Assert.DoesNotContain("第 3 篇", (await _site.GetAsync("/")).Body);
        Assert.Contains("第 2 篇", (await _site.GetAsync("/")).Body);
    }

    [Fact]
    public async Task Deleting_the_posts_folder_is_survived_and_recreating_it_brings_the_posts_back()
    {
        var posts = Path.Combine(_site.Root, "input", "posts");
        var aside = Path.Combine(_site.Root, "posts-aside");
        Directory.Move(posts, aside);
        // Issue 28.6: a deleted posts folder is an error; the last good build stays served.
        Assert.Equal("failed", (await _site.Events.NextAsync("reload", "failed")).Name);
        Assert.Equal(200, (await _site.GetAsync("/2020/01/post-1/")).Status);
        Assert.Equal(200, (await _site.GetAsync("/")).Status);
        Directory.Move(aside, posts);
        Assert.NotEqual("failed", (await _site.Events.NextAsync("reload", "ok", "failed")).Name);
        Assert.Equal(200, (await _site.GetAsync("/2020/01/post-1/")).Status);
    }

    [Fact]
    public async Task Save_by_temp_file_and_rename_is_one_rebuild_with_the_new_text()
    {
        var before = _site.Host.Session.Builds;
        var file = _site.PostFile("post-1");
        var temp = file + ".tmp~edit";
        File.WriteAllText(temp, File.ReadAllText(file).Replace("正文 1", "原子保存"));
        File.Move(temp, file, overwrite: true);
        await ExpectOneRebuildAsync(before, "/2020/01/post-1/", "原子保存");
    }

    [Fact]
    public async Task A_burst_of_writes_and_a_delete_then_recreate_are_one_rebuild_each()
    {
        var file = _site.PostFile("post-2");
        var text = File.ReadAllText(file);
        var before = _site.Host.Session.Builds;
        for (var i = 0; i < 5; i++) File.WriteAllText(file, text.Replace("正文 2", $"连写 {i}"));
        await ExpectOneRebuildAsync(before, "/2020/01/post-2/", "连写 4");

        before = _site.Host.Session.Builds;
        File.Delete(file);
        File.WriteAllText(file, text.Replace("正文 2", "删了又建"));
        await ExpectOneRebuildAsync(before, "/2020/01/post-2/", "删了又建");
    }

    [Fact]
    public async Task A_renamed_folder_of_posts_moves_with_its_posts()
    {
        var folder = Path.Combine(_site.Root, "input", "posts", "series");
        PreviewSite.WritePost(_site.Root, "in-series", "系列", "2020-02-01", "系列正文", "series/in-series");
        Assert.Equal("reload", (await _site.Events.NextAsync("reload", "failed")).Name);
        var before = _site.Host.Session.Builds;
        Directory.Move(folder, folder + "-renamed");
        File.WriteAllText(Path.Combine(folder + "-renamed", "in-series.md"),
            File.ReadAllText(Path.Combine(folder + "-renamed", "in-series.md")).Replace("系列正文", "改名以后"));
        await ExpectOneRebuildAsync(before, "/2020/02/in-series/", "改名以后");
    }

    /// <summary>
    /// Exactly one rebuild after <paramref name="before"/> builds, after which the page shows the text.
    /// Proven by order, not by waiting: a marker edit (a stylesheet) is made after the first reload;
    /// the watcher reports changes in order, so once the marker's "css" event arrives any second
    /// rebuild of the save would have come before it: there must be exactly two builds and no
    /// reload or failure in between.
    /// </summary>
    private async Task ExpectOneRebuildAsync(int before, string page, string text)
    {
        Assert.Equal("reload", (await _site.Events.NextAsync("reload", "failed")).Name);
        Assert.Equal(before + 1, _site.Host.Session.Builds);
        Assert.Contains(text, (await _site.GetAsync(page)).Body);

        // The marker: a stylesheet edit, whose rebuild sends "css" and touches no page.
        File.AppendAllText(Path.Combine(_site.Root, "theme", "assets", "css", "site.css"), "\n/* marker */\n");
        var received = await _site.Events.UntilAsync("css");
        Assert.DoesNotContain(received, e => e.Name is "reload" or "failed");
        Assert.Equal(before + 2, _site.Host.Session.Builds);
    }

    [Fact]
    public async Task A_page_that_missed_a_rebuild_is_told_to_reload_when_it_connects()
    {
        var generation = _site.Host.Session.Generations.Current!.Number;
        PreviewSite.WritePost(_site.Root, "post-2", "第 2 篇", "2020-01-02", "又一次修改。");
        await _site.Events.NextAsync("reload");
        await using var stale = await Events.ConnectAsync(_site.Host.Address, $"?gen={generation}");
        Assert.Equal("reload", (await stale.NextAsync("reload", "ok", "failed")).Name);
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_as_complete_responses()
    {
        // Without the server ending open streams itself, the host's shutdown would wait out its grace
        // period and then abort the connections: the stream must end as a complete response instead.
        await _site.Host.DisposeAsync();
        await _site.Events.EndedAsync();
        Assert.True(_site.Events.ClosedByServer, "the event stream was aborted, not ended by the server");
    }
}
