using Blog.Pipelines;
using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// A build killed during the output swap (the folders made by hand as such a kill leaves them): the
/// next build puts the complete copy back as output/ before anything else, says so, and never deletes
/// the only complete copy, also when it fails itself.
/// </summary>
public sealed class SwapRecoveryTests
{
    private const string BadDate = "---\ntitle: b\ndate: 2020-13-45\n---\n\nx\n";

    private static TestSite Site()
    {
        var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", "---\ntitle: a\ndate: 2020-01-01\nslug: a\n---\n\nnew\n");
        return site;
    }

    /// <summary>A folder holding a whole build, told apart by its marker file.</summary>
    private static string Complete(TestSite site, string name, string marker)
    {
        var folder = Path.Combine(site.Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), marker);
        return folder;
    }

    private static string Output(TestSite site) => File.ReadAllText(Path.Combine(site.OutputFolder, "index.html"));

    [Fact]
    public async Task Killed_between_the_renames_then_a_failing_build_restores_the_new_build_and_keeps_it()
    {
        using var site = Site();
        Complete(site, ".output.old-999999991-aa", "previous");
        var staging = Complete(site, ".output.staging-999999991-aa", "newer");
        File.WriteAllBytes(staging + ".complete", []);
        site.WriteFile("input/posts/b.md", BadDate);

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        Assert.Equal("newer", Output(site));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("was missing") && d.Message.Contains(".output.staging-999999991-aa"));
        // Once output/ is back, the other copy of the killed build is a leftover.
        site.DeleteFile("input/posts/b.md");
        await site.BuildOkAsync();
        Assert.Contains("new", Output(site));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
        Assert.Empty(Directory.GetFiles(site.Root, ".output.*"));
    }

    [Theory]
    [InlineData(".output.old-999999992-bb")]          // this version, killed between the renames
    [InlineData(".output.old-0123456789abcdef")]       // an older version's name, no process id
    public async Task An_old_folder_is_restored_when_output_is_missing_and_no_staging_is_complete(string oldName)
    {
        using var site = Site();
        Complete(site, oldName, "previous");
        Complete(site, ".output.staging-999999992-bb", "half"); // killed while writing: no marker
        site.WriteFile("input/posts/b.md", BadDate);

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        Assert.Equal("previous", Output(site));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(oldName));
    }

    [Fact]
    public async Task With_output_present_leftovers_are_deleted_and_nothing_is_said()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var staging = Complete(site, ".output.staging-999999993-cc", "newer");
        File.WriteAllBytes(staging + ".complete", []);
        Complete(site, ".output.trash-999999993-cc", "half-deleted");

        var result = await site.BuildOkAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("was missing"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
        Assert.Empty(Directory.GetFiles(site.Root, ".output.*"));
    }

    [Fact]
    public void Commit_leaves_no_marker_old_or_trash_folder()
    {
        using var site = Site();
        Complete(site, "output", "previous");
        var staged = new StagedOutput(site.OutputFolder);
        staged.Prepare();
        File.WriteAllText(Path.Combine(staged.StagingFolder, "index.html"), "next");
        staged.Commit();
        Assert.Equal("next", Output(site));
        Assert.Null(staged.Recovery);
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, ".output.*"));
    }
}
