using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// The repository's sample blog with its search index, built once per test class and served on
/// 127.0.0.1: math typeset at build time and served at "/" (<see cref="BuildModeSearchSite"/>), or
/// math left to the browser and served under /repo/ (<see cref="ClientModeRepoSearchSite"/>).
/// </summary>
public abstract class SearchSiteFixture : IAsyncLifetime
{
    protected abstract string MathRender { get; }
    protected abstract string BasePath { get; }

    public TestSite Site { get; } = TestSite.Sample();
    public BuildResult Build { get; private set; } = null!;
    public StaticServer Server { get; private set; } = null!;
    private Exception? _failure;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi) return;
        try
        {
            Site.Settings(s => s["math"]!["render"] = MathRender);
            Build = await Site.BuildOkAsync(baseUrl: "https://user.github.io" + BasePath);
            Server = await StaticServer.StartAsync(Site.OutputFolder, BasePath);
        }
        catch (Exception e)
        {
            _failure = e; // reported by each test, not as an opaque fixture error
        }
    }

    public void AssertReady()
    {
        if (_failure is not null) throw new InvalidOperationException("The site for the search tests did not build or serve.", _failure);
    }

    /// <summary>The search page with a query, e.g. /repo/search/?q=HSIC.</summary>
    public string SearchUrl(string query) => Server.Url("search/") + "?q=" + Uri.EscapeDataString(query);

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }
}

public sealed class BuildModeSearchSite : SearchSiteFixture
{
    protected override string MathRender => "build";
    protected override string BasePath => "/";
}

public sealed class ClientModeRepoSearchSite : SearchSiteFixture
{
    protected override string MathRender => "client";
    protected override string BasePath => "/repo/";
}
