using System.Net;
using Blog.Site;

namespace Blog.Preview;

/// <summary>What the preview server is asked to do.</summary>
public sealed record PreviewOptions
{
    public required BuildOptions Build { get; init; }
    public IPAddress Host { get; init; } = IPAddress.Loopback;
    /// <summary>0 picks a free port (tests, benchmarks).</summary>
    public int Port { get; init; } = 5080;
    /// <summary>How long the files must be quiet before a rebuild starts.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);
    /// <summary>Print the time of each pipeline phase and the cache hits after each rebuild.</summary>
    public bool Verbose { get; init; }
    /// <summary>How long a rebuild may take before it is abandoned (a first build: <see cref="PreviewSession.FirstBuildFactor"/> times as long).</summary>
    public TimeSpan BuildTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where the generations are written: --output if given, else .cache/preview beside statiq.json (never output/).</summary>
    public string StateFolder => Build.Output ?? Path.Combine(Build.SiteRoot, ".cache", "preview");
}
