using Blog.Tests.Support;

namespace Blog.Tests.CrossReferences;

/// <summary>
/// Two posts that refer to each other's theorems and equations, built twice, with math typeset at
/// build time and with MathJax in the browser, each served on 127.0.0.1, once for the preview tests.
/// </summary>
public sealed class PreviewSites : IAsyncLifetime
{
    public const string Vectors = """
        开头的一个公式：

        \begin{equation}
        \Vert x\Vert^2 = \sum_i x_i^2 \label{eq-norm}
        \end{equation}

        ::: {#cor-orthogonal name="几乎正交"}
        当维数 $n\to\infty$ 时，两个随机向量的夹角满足
        \begin{equation}
        \cos\theta \to 0 \label{eq-limit}
        \end{equation}
        :::

        """;

    public const string Init = """
        ::: {#thm-local}
        本地定理：$\alpha + \beta = \gamma$。
        :::

        见 @thm-local，以及 @vectors/cor-orthogonal 和 @vectors/eq-limit。

        """;

    public Dictionary<string, (TestSite Site, StaticServer Server)> Modes { get; } = [];
    private Exception? _failure;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        try
        {
            foreach (var mode in new[] { "build", "client" })
            {
                var site = XrefSite.Create(settings: s => s["math"]!["render"] = mode);
                site.WriteFile("input/posts/vectors.md", XrefSite.Post("随机向量的夹角", "vectors", Vectors));
                site.WriteFile("input/posts/init.md", XrefSite.Post("初始化", "init", Init, date: "2020-01-02"));
                await site.BuildOkAsync();
                Modes[mode] = (site, await StaticServer.StartAsync(site.OutputFolder));
            }
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    public string Url(string mode, string path)
    {
        if (_failure is not null) throw new InvalidOperationException("The preview sites did not build or serve.", _failure);
        return Modes[mode].Server.Url(path);
    }

    public async Task DisposeAsync()
    {
        foreach (var (site, server) in Modes.Values)
        {
            await server.DisposeAsync();
            site.Dispose();
        }
    }
}
