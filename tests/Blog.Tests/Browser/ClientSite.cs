using Blog.Tests.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Browser;

/// <summary>
/// The frozen sample blog built with MathJax in the browser ("math": {"render": "client"}) and
/// served on 127.0.0.1, once for all browser tests of a class.
/// </summary>
public sealed class ClientSite : IAsyncLifetime
{
    public TestSite Site { get; } = TestSite.Sample();
    public StaticServer Server { get; private set; } = null!;
    private Exception? _failure;

    /// <summary>The posts of input/posts, read when tests are discovered.</summary>
    public static IReadOnlyList<SourcePost> Posts { get; } =
        [.. SourcePost.ReadAll(Path.Combine(TestSite.SampleFixture, "input", "posts")).Where(p => !p.Draft)];

    public async Task InitializeAsync()
    {
        // Without Chromium the tests skip (or fail in the fixture on CI); building is wasted then.
        if (!Chromium.IsInstalled) return;
        try
        {
            Site.Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject
            {
                ["render"] = "client",
                ["macros"] = s["math"]?["macros"]?.DeepClone(),
            });
            await Site.BuildOkAsync();
            Server = await StaticServer.StartAsync(Site.OutputFolder);
        }
        catch (Exception e)
        {
            _failure = e; // reported by each test, not as an opaque fixture error
        }
    }

    public void AssertReady()
    {
        if (_failure is not null) throw new InvalidOperationException("The site for the browser tests did not build or serve.", _failure);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }
}
