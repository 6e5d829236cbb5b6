using System.ComponentModel.DataAnnotations;

namespace Blog.Configuration;

/// <summary>The <c>compute</c> section of statiq.json.</summary>
public sealed record ComputeSettings
{
    /// <summary>Seconds one block may run before its worker is stopped (a block's <c>//| timeout:</c> overrides it).</summary>
    [Range(1, int.MaxValue)] public int BlockTimeout { get; init; } = 60;
    /// <summary>Seconds all the blocks of one page may run together.</summary>
    [Range(1, int.MaxValue)] public int PageTimeout { get; init; } = 300;
    /// <summary>Worker processes running pages in parallel; 0 for one per core.</summary>
    [Range(0, 1024)] public int Workers { get; init; }
    /// <summary>Managed heap limit of a worker, in MB: a runaway allocation fails its page, not the machine.</summary>
    [Range(64, int.MaxValue)] public int MemoryLimit { get; init; } = 2048;
    /// <summary>
    /// MB of output one block may produce (console text, or its results as JSON). A block past it
    /// fails at its line with a message naming this setting, instead of exhausting the worker's memory.
    /// </summary>
    [Range(1, int.MaxValue)] public int OutputLimit { get; init; } = 50;
    /// <summary>
    /// Words before the numbers of figures and tables in captions and @fig-/@tbl- references; null (not set in
    /// statiq.json) for the string table's <c>crossref.fig</c> and <c>crossref.tbl</c> (see <see cref="WithCaptionWords"/>).
    /// </summary>
    public string? FigureWord { get; init; }
    /// <inheritdoc cref="FigureWord"/>
    public string? TableWord { get; init; }

    /// <summary>These settings with the caption words statiq.json leaves unset taken from the site language's string table.</summary>
    public ComputeSettings WithCaptionWords(ThemeStrings strings) => this with
    {
        FigureWord = FigureWord ?? strings.Text("crossref.fig"),
        TableWord = TableWord ?? strings.Text("crossref.tbl"),
    };
}
