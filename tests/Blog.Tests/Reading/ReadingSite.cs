using System.Text.Json.Nodes;
using Blog.Tests.Support;

namespace Blog.Tests.Reading;

/// <summary>
/// A post with what issue 25 saw go wrong for a reader: justified Chinese with inline math and a long
/// Latin word, numbered equations referred to by <c>\eqref</c> inside and outside math and by
/// <c>@eq-</c>, a bibliography, a display formula wider than a phone and an order-4 magic cube.
/// Built once per test class (build or client math) and served on 127.0.0.1.
/// </summary>
public abstract class ReadingSite : IAsyncLifetime
{
    public TestSite Site { get; } = TestSite.Empty();
    public StaticServer Server { get; private set; } = null!;
    private Exception? _failure;

    public const string Post = "2024/06/reading/";
    public const string LongWord = "Hilbert-Schmidt-Independence-Criterion-Estimator";
    public const string Formula = @"e^{i\pi}+1=0";
    public const string LongFormula = @"x_1 + x_2 + x_3 = -\log(-\log u_1 + u_2 + u_3 + u_4) + 3 \times 42 = 126";

    private static string Cjk(int n) => string.Concat(Enumerable.Range(0, n).Select(i => "前段时间读到一篇文章说"[i % 11]));

    public static string Source => $$"""
        ---
        title: 读者看到的
        date: 2024-06-01
        ---
        {{Cjk(30)}} ${{Formula}}$ {{Cjk(40)}}

        {{Cjk(17)}}{{LongWord}}{{Cjk(12)}}{{LongWord}}{{Cjk(25)}}

        {{Cjk(9)}} ${{LongFormula}}$ {{Cjk(5)}} ${{LongFormula}}$ {{Cjk(13)}} ${{LongFormula}}$。

        \begin{equation} f(x) = x^2 \label{eq:f} \end{equation}

        \begin{equation} g(x) = \sum_{k=0}^{n} \binom{n}{k} x^k (1-x)^{n-k} + \int_0^1 \frac{t^2}{1+t^2}\,\mathrm{d}t + \prod_{j=1}^{m} \left(1 + \frac{x}{j}\right) \label{eq:wide} \end{equation}

        由 \eqref{eq:f} 可知，又由 $\eqref{eq:wide}$ 与 @eq-g 和 \ref{eq:f} 推出。

        \begin{equation} h = 1 \label{eq-g} \end{equation}

        参见 [@knuth84; @lamport94]。

        ```magic-cube
        construct: 4
        ```
        """;

    public const string Bib = """
        @book{knuth84,
          author = {Knuth, Donald E.},
          title = {The {TeX}book: a complete guide to computer typesetting with {TeX}, for authors, typesetters and programmers},
          publisher = {Addison-Wesley},
          address = {Reading, Massachusetts},
          year = {1984}
        }
        @book{lamport94,
          author = {Lamport, Leslie},
          title = {{LaTeX}: A Document Preparation System},
          publisher = {Addison-Wesley},
          year = {1994}
        }
        """;

    protected abstract void Configure(TestSite site);

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        try
        {
            Site.WriteFile("input/posts/reading.md", Source.Replace("\r\n", "\n"));
            Site.WriteFile("input/refs.bib", Bib);
            Site.Settings(s =>
            {
                s["permalink"] = "/{year}/{month}/{slug}/";
                s["bibliography"] = new JsonArray("refs.bib");
            });
            Configure(Site);
            await Site.BuildOkAsync();
            Server = await StaticServer.StartAsync(Site.OutputFolder);
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    public void AssertReady()
    {
        if (_failure is not null) throw new InvalidOperationException("The site for the reading tests did not build or serve.", _failure);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>Math typeset at build time (the default).</summary>
public sealed class BuildModeReadingSite : ReadingSite
{
    protected override void Configure(TestSite site) { }
}

/// <summary>MathJax in the browser.</summary>
public sealed class ClientModeReadingSite : ReadingSite
{
    protected override void Configure(TestSite site) => site.Settings(s => s["math"] = new JsonObject { ["render"] = "client" });
}
