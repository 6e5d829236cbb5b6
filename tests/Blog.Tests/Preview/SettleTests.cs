using Blog.Preview;
using Blog.Tests.Support;

namespace Blog.Tests.Preview;

/// <summary>Issue 28.6: a batch of changes never closes in the middle of a delete-and-recreate save.</summary>
public sealed class SettleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "blog-settle-" + Guid.NewGuid().ToString("N")[..8]);

    private string Input => Path.Combine(_root, "input");

    private SiteWatcher Watcher() => new(Path.Combine(_root, "statiq.json"), Input) { Settle = TimeSpan.FromMinutes(1) };

    public SettleTests()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "a.md"), "old");
    }

    [Theory]
    [InlineData("a.md")]
    [InlineData("b.md")]
    public async Task A_batch_with_a_deleted_file_waits_for_it_to_come_back(string name)
    {
        var file = Path.Combine(Input, name);
        File.WriteAllText(file, "old");
        using var watcher = Watcher();
        var settling = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Settling += path => settling.TrySetResult(path);
        File.Delete(file);
        var batch = watcher.NextBatchAsync(CancellationToken.None);

        Assert.Equal(file, await settling.Task.WaitAsync(SafetyNet.Wait));
        Assert.False(batch.IsCompleted); // the page would be a 404 if it were published now
        File.WriteAllText(file, "new");
        Assert.Contains(file, await batch.WaitAsync(SafetyNet.Wait));
        Assert.Equal("new", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_temporary_file_renamed_over_the_post_does_not_make_the_batch_wait()
    {
        using var watcher = Watcher();
        var settled = false;
        watcher.Settling += _ => settled = true;
        var temporary = Path.Combine(Input, ".a.md.tmp1234");
        File.WriteAllText(temporary, "new");
        File.Move(temporary, Path.Combine(Input, "a.md"), overwrite: true);
        var batch = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(SafetyNet.Wait);
        Assert.Contains(Path.Combine(Input, "a.md"), batch);
        Assert.False(settled);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
