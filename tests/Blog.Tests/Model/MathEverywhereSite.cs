using Blog.Tests.Support;

namespace Blog.Tests.Model;

/// <summary>
/// One small Chinese blog whose titles, summaries, headings, alt texts and raw HTML blocks hold
/// math, built twice: math typeset at build time and left for MathJax in the browser.
/// </summary>
public sealed class MathEverywhereSite : IAsyncLifetime
{
    public const string PiPost = "2020/01/pi/", EulerPost = "2020/01/euler/", PlainPost = "2020/01/plain/";
    public const string LongFormula = @"\sum_{i=1}^{n} \frac{x_i + y_i}{2}";

    public TestSite Build { get; } = Create("build");
    public TestSite Client { get; } = Create("client");

    public TestSite Mode(string mode) => mode == "build" ? Build : Client;

    private static TestSite Create(string mode) => TestSite.Empty()
        .Settings(s => s["math"]!["render"] = mode)
        .WriteFile("input/posts/pi.md", $$"""
            ---
            title: 关于$\pi$的一个公式
            date: 2020-01-03
            slug: pi
            tags: [分析]
            ---

            这是一段很长的引言，用来测试摘要的截断位置是否正确：摘要不能把公式从中间切开，否则读者在首页、订阅和搜索结果里会看到半个公式，这样既难看也让人困惑，所以截断只能发生在节点的边界上，比如这里的求和${{LongFormula}}$之后才继续写文字，直到超过长度为止。

            ## Analysis of $q_1$

            先看 [前面的分析](#analysis-of-q_1) 和 [结论](#my-id)。

            ## Case $n=1$

            图如下：![plot of $y=x^2$](/assets/favicon.svg)

            ## Case $n=2$

            <details>
            <summary>证明 $a^2+b^2=c^2$</summary>

            由勾股定理可得 $c$ 的长度。

            </details>

            <div class="note">注意 \(E=mc^2\) 在这里成立。</div>

            ## 关于 $\alpha$ 的估计

            估计如下。

            ## 结论 {#my-id}

            完。
            """)
        .WriteFile("input/posts/euler.md", """
            ---
            title: 第二篇：$e^{i\pi}+1=0$ 与*欧拉*
            date: 2020-01-02
            slug: euler
            summary: 一个关于 $\int_0^1 x\,dx = \frac{1}{2}$ 的**小结**
            ---

            正文里也有公式 $x^2$，以及 `代码`。
            """)
        .WriteFile("input/posts/plain.md", """
            ---
            title: 普通标题
            date: 2020-01-01
            slug: plain
            ---

            没有公式的一篇，开头就是一段很长很长的文字，用来测试代码片段不会被截断：这一段文字写得足够长，让截断的位置正好落在后面的代码片段中间，也就是说前面的文字大约有一百个字符左右，再加上一些标点符号和空白，然后是`Enumerable.Range(0, 100).Select(x => x * x).Sum()`这个片段。
            """);

    public async Task InitializeAsync()
    {
        await Build.BuildOkAsync();
        await Client.BuildOkAsync();
    }

    public Task DisposeAsync()
    {
        Build.Dispose();
        Client.Dispose();
        return Task.CompletedTask;
    }
}
