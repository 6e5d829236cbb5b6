using System.Diagnostics;
using Blog.Diagnostics;
using Blog.Site;

namespace Blog.Tests.Safety;

/// <summary>
/// A full or read-only disk under output/ is one clear error naming the folder, not a stack trace or
/// an internal error per page, and the previous output is unchanged. The disks are small tmpfs mounts,
/// which need root (CI runs as root); elsewhere the tests return early.
/// </summary>
public sealed class OutputDiskTests
{
    private static bool Mount(string folder, string options)
    {
        Directory.CreateDirectory(folder);
        using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder]) { RedirectStandardError = true })!;
        mount.WaitForExit();
        return mount.ExitCode == 0;
    }

    private static void Unmount(string folder)
    {
        using var umount = Process.Start(new ProcessStartInfo("umount", ["-l", folder]) { RedirectStandardError = true })!;
        umount.WaitForExit();
    }

    [Theory]
    [InlineData("size=48k", "is full")]
    [InlineData("size=1m,ro", "is read-only")]
    public async Task A_disk_that_cannot_take_the_output_is_one_clear_error(string options, string says)
    {
        using var site = SafetySite.New();
        for (var i = 0; i < 20; i++) site.WriteFile($"input/posts/p{i}.md", $"---\ntitle: p{i}\ndate: 2020-01-{i + 1:00}\nslug: p{i}\n---\n\n{new string('x', 4000)}\n");
        var disk = Path.Combine(site.Root, "disk");
        if (!Mount(disk, options)) return; // not root: no mount
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root, Output = Path.Combine(disk, "output") });
            Assert.False(result.Success);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var error = Assert.Single(errors);
            Assert.Contains(says, error.Message);
            Assert.Equal("output/", error.File);
            Assert.DoesNotContain("Internal error", error.Message);
        }
        finally
        {
            Unmount(disk);
        }
    }
}
