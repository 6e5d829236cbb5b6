using System.Text.Json.Nodes;
using Blog.Tests.Support;

namespace Blog.Tests.Reader;

/// <summary>
/// Small sites for the reader-side tests: a long post with inline, display and environment math, a
/// computed figure, highlighted code and a magic cube; a post with <c>comments: false</c>; a page.
/// Built once per test class and served on 127.0.0.1.
/// </summary>
public abstract class ReaderSite : IAsyncLifetime
{
    public TestSite Site { get; } = TestSite.Empty();
    public StaticServer Server { get; private set; } = null!;
    private Exception? _failure;

    public const string LongPost = "2024/05/long/";
    public const string QuietPost = "2024/05/quiet/";
    public const string InlineTex = @"a^2+b^2=c^2";
    public const string DisplayTex = @"\int_0^1 x\,\mathrm{d}x = \frac{1}{2}";
    public const string EnvironmentTex = "\\begin{align}\nu &= v + w \\label{eq:sum}\n\\end{align}";

    public static readonly JsonObject Giscus = new()
    {
        ["repo"] = "someone/blog-comments",
        ["repoId"] = "R_kgDOExample",
        ["category"] = "Announcements",
        ["categoryId"] = "DIC_kwDOExample",
    };

    /// <summary>Sentences enough to make the post several screens long, so its end is out of sight at first.</summary>
    private static string Filler(int paragraphs) => string.Join("\n\n", Enumerable.Range(1, paragraphs)
        .Select(i => $"第 {i} 段：这里是一些用来拉长文章的文字，读者要往下翻很久才能看到文末的评论区。"));

    public static string LongPostSource => $$"""
        ---
        title: 一篇长文
        date: 2024-05-01
        summary: 用来测试读者一侧功能的长文。
        ---
        勾股定理说 ${{InlineTex}}$ 对直角三角形成立。

        $${{DisplayTex}}$$

        {{EnvironmentTex}}

        ```{csharp}
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2, 3 }, new double[] { 0, 1, 4, 9 });
        plot.XLabel("横轴");
        plot
        ```

        ```csharp
        var answer = 42; // 注释
        ```

        ```magic-cube
        construct: 3
        ```

        {{Filler(60)}}

        最后一段，链接到 [MathJax](https://www.mathjax.org/) 和 [另一篇](/2024/05/quiet/)。
        """;

    public const string QuietPostSource = """
        ---
        title: 不要评论
        date: 2024-05-02
        comments: false
        ---
        这一篇关掉了评论，公式 $x$ 照常。
        """;

    protected abstract void Configure(TestSite site);

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        try
        {
            Site.WriteFile("input/posts/long.md", LongPostSource.Replace("\r\n", "\n"));
            Site.WriteFile("input/posts/quiet.md", QuietPostSource);
            Site.Settings(s => s["permalink"] = "/{year}/{month}/{slug}/");
            Configure(Site);
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
        if (_failure is not null) throw new InvalidOperationException("The site for the reader tests did not build or serve.", _failure);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>Math typeset at build time (the default) and giscus comments configured.</summary>
public sealed class BuildModeReaderSite : ReaderSite
{
    protected override void Configure(TestSite site) => site.Settings(s => s["comments"] = new JsonObject { ["giscus"] = Giscus.DeepClone() });
}

/// <summary>MathJax in the browser and no comments configured.</summary>
public sealed class ClientModeReaderSite : ReaderSite
{
    protected override void Configure(TestSite site) => site.Settings(s => s["math"] = new JsonObject { ["render"] = "client" });
}
