using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// A small site a test class writes (<see cref="Write"/>), built once with its search index and served on
/// 127.0.0.1 for the class's browser tests. A failure to build or serve is reported by each test
/// (<see cref="AssertReady"/>), not as an opaque fixture error.
/// </summary>
public abstract class ServedSearchSite : IAsyncLifetime
{
    public TestSite Blog { get; } = TestSite.Empty();
    public StaticServer Server { get; private set; } = null!;
    private Exception? _failure;

    /// <summary>Writes the site's settings and posts into <paramref name="blog"/>.</summary>
    protected abstract void Write(TestSite blog);

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi) return;
        try
        {
            Write(Blog);
            await Blog.BuildOkAsync();
            Server = await StaticServer.StartAsync(Blog.OutputFolder);
        }
        catch (Exception e) { _failure = e; }
    }

    public void AssertReady()
    {
        if (_failure is not null) throw new InvalidOperationException("The search site did not build or serve.", _failure);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Blog.Dispose();
    }
}
