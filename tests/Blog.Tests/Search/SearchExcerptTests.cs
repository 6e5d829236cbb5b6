using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// What a search result's excerpt shows, in Chromium over the index the build made, in both math modes
/// (issue 25): no stray ". " where Pagefind ended a sentence after an inline formula (build mode) or before
/// an environment that goes on with the paragraph's sentence; no TeX fragment such as <c>}\)</c> or a bare
/// <c>\(</c>: each formula is whole, in a code style, without its delimiters, or absent; and neither the
/// title nor the tags shown above the excerpt. Posts: Chinese and English, inline math mid-sentence and at
/// a sentence's end, display math, environments, a long formula, title words in the body; and block ends
/// that Pagefind closes with "." when their text ends in a word character (a Markdown table of numbers, a
/// compute block's table, a heading ending in a Latin word before Chinese text, a tight list of words),
/// where an excerpt must show no "." that the page does not have.
/// </summary>
public abstract class SearchExcerptTests(Chromium chromium, SearchExcerptTests.Site site)
{
    public const string ZhTitle = "无偏估计的由来与样本方差";
    public const string EnTitle = "Where unbiased estimators come from";
    public static readonly string[] Tags = ["随笔杂记", "readingnotes"];
    public const string BlocksPost = "/blocks/";

    // Every formula of the posts, as TeX without delimiters: an excerpt's code may only be one of these.
    public static readonly string[] Formulas =
    [
        @"x_1,x_2,\dots,x_n", @"\sigma^2", @"n-1", @"\hat{\mu}", @"\mathbb{E}[\hat{\sigma}^2]",
        @"\hat{\sigma}^2 = \frac{1}{n}\sum_{i=1}^n \left(x_i - \hat{\mu}\right)^2",
        "\\begin{equation}\n\\mathbb{E}\\left[\\sum_{i=1}^n (x_i-\\hat{\\mu})^2\\right] = (n-1)\\sigma^2 \\label{eq:sum}\n\\end{equation}",
        @"\frac{n-1}{n}\sigma^2", @"\left(\sum_{i=1}^{n}\sum_{j=1}^{n} w_{ij}\,\frac{\partial^2 f}{\partial x_i\,\partial x_j}\right)^{1/2} + \operatorname{tr}\left(\boldsymbol{K}\boldsymbol{H}\boldsymbol{L}\boldsymbol{H}\right)",
        @"s^2", @"\bar{x}", @"\mathbb{E}[s^2]",
        @"s^2 = \frac{1}{n-1}\sum_{i=1}^n (x_i-\bar{x})^2",
        "\\begin{equation}\n\\operatorname{Var}(\\bar{x}) = \\frac{\\sigma^2}{n} \\label{eq:var-mean}\n\\end{equation}",
    ];

    /// <summary>Two posts, one Chinese and one English, built with the search index in one math mode.</summary>
    public abstract class Site : ServedSearchSite
    {
        protected abstract string MathRender { get; }

        protected override void Write(TestSite blog)
        {
            blog.Settings(s =>
            {
                s["permalink"] = "/{slug}/";
                s["language"] = "zh-CN";
                s["math"]!["render"] = MathRender;
            });
            var tags = "[" + string.Join(", ", Tags) + "]";
            blog.WriteFile("input/posts/zh.md", $$$"""
                ---
                title: {{{ZhTitle}}}
                date: 2024-01-01
                slug: zh
                tags: {{{tags}}}
                ---
                设 $x_1,x_2,\dots,x_n$ 是从总体中独立抽取的样本，总体方差为 $\sigma^2$，讲无偏估计之前先看分母为什么是 $n-1$。

                样本均值记作 $\hat{\mu}$，有偏的方差估计是
                $$\hat{\sigma}^2 = \frac{1}{n}\sum_{i=1}^n \left(x_i - \hat{\mu}\right)^2$$
                它的期望 $\mathbb{E}[\hat{\sigma}^2]$ 比总体方差小。展开平方和之后，所有项之和为
                \begin{equation}
                \mathbb{E}\left[\sum_{i=1}^n (x_i-\hat{\mu})^2\right] = (n-1)\sigma^2 \label{eq:sum}
                \end{equation}
                所以有偏估计的期望是 $\frac{n-1}{n}\sigma^2$，除以 $n-1$ 就得到无偏估计。

                一个很长的式子也会出现在无偏估计的讨论里：$\left(\sum_{i=1}^{n}\sum_{j=1}^{n} w_{ij}\,\frac{\partial^2 f}{\partial x_i\,\partial x_j}\right)^{1/2} + \operatorname{tr}\left(\boldsymbol{K}\boldsymbol{H}\boldsymbol{L}\boldsymbol{H}\right)$，它和无偏估计的关系留到以后再谈。

                ## 小结

                无偏估计并不总是更好的估计，方差也要考虑。
                """);
            blog.WriteFile("input/posts/en.md", $$$"""
                ---
                title: {{{EnTitle}}}
                date: 2024-01-02
                slug: en
                tags: {{{tags}}}
                ---
                An unbiased estimator of the variance divides by $n-1$. The sample variance $s^2$ uses the sample mean $\bar{x}$, and its expectation $\mathbb{E}[s^2]$ equals the variance of the population when
                $$s^2 = \frac{1}{n-1}\sum_{i=1}^n (x_i-\bar{x})^2$$
                is taken over independent draws. The unbiased estimator of the mean has a variance we also need, namely
                \begin{equation}
                \operatorname{Var}(\bar{x}) = \frac{\sigma^2}{n} \label{eq:var-mean}
                \end{equation}
                and unbiased estimators are not always the best ones: the variance matters as well as the bias.
                """);
            // No "." in this post's text but the decimal points of its numbers.
            blog.WriteFile("input/posts/blocks.md", """
                ---
                title: 离散变量的梯度
                date: 2024-01-03
                slug: blocks
                ---
                ## 重参数化与 Gumbel Softmax

                遗憾的是离散采样没有梯度，只能绕开它

                | estimator | error |
                |-----------|------:|
                | straight  | 0.072 |
                | 2         | 0.431 |
                | relaxed   | 0.913 |

                ```{csharp}
                Table.Of(new[] { (Method: "pathwise", Cost: 0.118), (Method: "scorefunction", Cost: 4.0) })
                ```

                常见的做法有

                - Concrete
                - REINFORCE
                - Rebar
                """);
        }
    }

    public sealed class BuildModeSite : Site { protected override string MathRender => "build"; }
    public sealed class ClientModeSite : Site { protected override string MathRender => "client"; }

    // Pagefind keeps a page's text with its runs of white space made one space.
    private static string Spaced(string tex) => Regex.Replace(tex, @"\s+", " ").Trim();

    private sealed record Excerpt(string Href, string Text, IReadOnlyList<string> Tex);

    private async Task<IReadOnlyList<Excerpt>> SearchAsync(BrowserSession session)
    {
        var page = session.Page;
        await page.Locator("#search-status[data-state=done], #search-status[data-state=failed]").WaitForAsync();
        Assert.Equal("done", await page.Locator("#search-status").GetAttributeAsync("data-state"));
        var excerpts = new List<Excerpt>();
        foreach (var item in await page.Locator("#search-results > li").AllAsync())
            excerpts.Add(new Excerpt(await item.Locator("h2 a").GetAttributeAsync("href") ?? "",
                await item.Locator(".search-excerpt").InnerTextAsync(),
                await item.Locator(".search-excerpt code.tex").AllTextContentsAsync()));
        return excerpts;
    }

    [BrowserTheory]
    [InlineData("无偏估计", "/zh/")]
    [InlineData("方差", "/zh/")]
    [InlineData("期望", "/zh/")]
    [InlineData("长的式子", "/zh/")]
    [InlineData("unbiased", "/en/")]
    [InlineData("expectation", "/en/")]
    [InlineData("namely", "/en/")]
    [InlineData(@"\sigma^2", "/zh/")]
    [InlineData(@"\bar{x}", "/en/")]
    [InlineData("遗憾的是", BlocksPost)]
    [InlineData("relaxed", BlocksPost)]
    [InlineData("pathwise", BlocksPost)]
    [InlineData("scorefunction", BlocksPost)]
    [InlineData("REINFORCE", BlocksPost)]
    public async Task Excerpts_show_whole_formulas_no_stray_marks_and_not_the_title_or_tags(string query, string post)
    {
        site.AssertReady();
        await chromium.WithPageAsync(site.Server.Url("search/?q=" + Uri.EscapeDataString(query)), async session =>
        {
            var excerpts = await SearchAsync(session);
            Assert.Contains(excerpts, e => e.Href == post);
            foreach (var excerpt in excerpts)
            {
                var text = excerpt.Text;
                var says = $"{excerpt.Href} for '{query}': «{text}»";
                // Formulas: whole, in code, without delimiters; no TeX fragment left in the text.
                foreach (var fragment in new[] { @"\(", @"\)", @"\[", @"\]", @"}\)" })
                    Assert.False(text.Contains(fragment), $"TeX delimiter {fragment} in {says}");
                foreach (var tex in excerpt.Tex)
                    Assert.True(Formulas.Any(f => Spaced(f) == Spaced(tex)), $"code «{tex}» is not a whole formula of the post, in {says}");
                // No sentence mark of Pagefind's standing alone or after a Chinese character.
                Assert.False(Regex.IsMatch(text, @"(^|\s)\.(\s|$)"), $"a lone '.' in {says}");
                Assert.False(Regex.IsMatch(text, @"\p{IsCJKUnifiedIdeographs}\."), $"'.' after a Chinese character in {says}");
                // Table cells, headings and list items: the blocks post has no sentence mark at all.
                if (excerpt.Href == BlocksPost)
                    Assert.False(Regex.IsMatch(text, @"\.(\s|$)"), $"a '.' the page does not have in {says}");
                // Not the title or the tags, which the result shows above its excerpt.
                Assert.DoesNotContain(ZhTitle, text);
                Assert.DoesNotContain(EnTitle, text, StringComparison.OrdinalIgnoreCase);
                foreach (var tag in Tags) Assert.DoesNotContain(tag, text);
                Assert.True(await session.Page.Locator("#search-results > li .search-excerpt").First.IsVisibleAsync(), says);
            }
            session.AssertNoErrors();
        });
    }
}

/// <summary>Math typeset at build time: formulas indexed from their attributes.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BuildModeSearchExcerptTests(Chromium chromium, SearchExcerptTests.BuildModeSite site)
    : SearchExcerptTests(chromium, site), IClassFixture<SearchExcerptTests.BuildModeSite>;

/// <summary>Math typeset in the browser: formulas indexed from their text.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ClientModeSearchExcerptTests(Chromium chromium, SearchExcerptTests.ClientModeSite site)
    : SearchExcerptTests(chromium, site), IClassFixture<SearchExcerptTests.ClientModeSite>;
