using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>
/// The repository's sample blog plus a post with a figure, a relative link, a footnote and an
/// equation reference, built once for a GitHub project page (https://user.github.io/repo/) and
/// served under /repo/ on 127.0.0.1. Math is left to MathJax in the browser (client mode), which
/// loads the most files from under the base path; <see cref="BuildModeSiteFixture"/> typesets it
/// at build time.
/// </summary>
public class ProjectSiteFixture : IAsyncLifetime
{
    protected virtual string MathRender => "client";

    public static readonly Uri BaseUrl = new("https://user.github.io/repo/");

    public TestSite Site { get; } = TestSite.Sample();
    public BuildResult Build { get; private set; } = null!;
    public StaticServer Server { get; private set; } = null!;
    public Uri Served => new(Server.BaseUrl);

    public const string FigurePost = "2020/02/figures-and-links/";

    public async Task InitializeAsync()
    {
        // These tests follow browser-side MathJax under /repo/ (client mode); build mode's stylesheet
        // and fonts under a base path are tested in MathBuild.
        Site.Settings(s => s["math"]!["render"] = "client");
        Site.WriteFile("input/assets/figures/circle.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="50" fill="#36c"/></svg>
            """);
        Site.WriteFile("input/posts/figures-and-links.md", """
            ---
            title: 图与链接
            date: 2020-02-01
            tags: [测试]
            summary: 一篇带图、脚注、公式引用和站内链接的文章。
            ---
            ## 单位圆

            ![单位圆](/assets/figures/circle.svg)

            见[无偏估计](/2019/06/biased-and-unbiased-estimators/)、[相对链接](../../../2019/06/biased-and-unbiased-estimators/)、
            [本节](#单位圆)和脚注[^note]。

            \begin{equation}
            x^2 + y^2 = 1 \label{eq:circle}
            \end{equation}

            由 $\eqref{eq:circle}$ 可知。

            [^note]: 脚注的内容。
            """);
        Site.Settings(s => s["math"]!["render"] = MathRender);
        Build = await Site.BuildAsync(baseUrl: BaseUrl.AbsoluteUri);
        if (Build.Success) Server = await StaticServer.StartAsync(Site.OutputFolder, "/repo/");
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }

    public void AssertBuilt() => Assert.True(Build.Success, string.Join("\n", Build.Diagnostics));
}

/// <summary>The same site with math typeset at build time: a stylesheet and fonts instead of MathJax's scripts.</summary>
public sealed class BuildModeSiteFixture : ProjectSiteFixture
{
    protected override string MathRender => "build";
}
