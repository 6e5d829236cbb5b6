using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Diagrams;

/// <summary>
/// A site with ```tikz diagrams, built twice (the second build on the first's cache): a post with a
/// tikz-cd square (labelled, captioned with math, referred to) and a tikzpicture with a math label, and
/// a post whose diagram tries to reach the machine (\openin, \write18).
/// </summary>
public sealed class TikzSite : IAsyncLifetime
{
    public const string Post = "input/posts/diagrams.md";
    public const string PostPage = "2024/01/diagrams/index.html";
    public const string ProbePage = "2024/01/probe/index.html";

    public TestSite Site { get; } = TestSite.Empty();
    public BuildResult First { get; private set; } = null!;
    public BuildResult Second { get; private set; } = null!;
    /// <summary>A file the probe diagram's \write18 would create if TeX could run a shell command.</summary>
    public string Witness => Path.Combine(Site.Root, "tex-ran-a-shell-command");

    public const string Markdown = """
        ---
        title: Diagrams
        date: 2024-01-02
        ---
        The square @fig-square commutes.

        ```tikz
        %| label: fig-square
        %| fig-cap: A *commuting* square, $g\circ f = k\circ h$
        \begin{tikzcd}
        A \arrow[r, "f"] \arrow[d, "h"'] & B \arrow[d, "g"] \\
        C \arrow[r, "k"'] & D
        \end{tikzcd}
        ```

        A curve:

        ```tikz
        %| alt: an arrow to the integral of x squared
        \begin{tikzpicture}
        \draw[->, thick] (0,0) -- (2,1) node[right] {$\int_0^1 x^2\,dx$};
        \end{tikzpicture}
        ```
        """;

    public async Task InitializeAsync()
    {
        Site.WriteFile(Post, Markdown);
        Site.WriteFile("input/posts/probe.md", $$"""
            ---
            title: Probe
            date: 2024-01-03
            ---
            ```tikz
            \newread\probe
            \immediate\openin\probe=/etc/hostname
            \immediate\write18{touch {{Witness}}}
            \begin{tikzpicture}
            \ifeof\probe \node {closed}; \else \node {open}; \fi
            \end{tikzpicture}
            ```
            """);
        First = await Site.BuildAsync();
        Second = await Site.BuildAsync();
    }

    public void AssertBuilt()
    {
        Assert.True(First.Success, "First build failed:\n" + string.Join("\n", First.Diagnostics));
        Assert.True(Second.Success, "Second build failed:\n" + string.Join("\n", Second.Diagnostics));
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
