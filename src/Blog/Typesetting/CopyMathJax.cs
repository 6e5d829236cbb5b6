using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Self-hosts MathJax 4: copies the browser component, its TeX extensions, UI and font from the npm
/// packages into the output. No page ever loads MathJax from a CDN. Both math modes copy the same files.
/// With <paramref name="links"/> the files are hard links to private copies of them (<see cref="LinkedCopies"/>),
/// so a build does not copy MathJax's 10 MB again.
/// </summary>
public sealed class CopyMathJax(string outputFolder, LinkedCopies? links = null) : IModule
{
    private static readonly string FontPackage = Path.Combine("@mathjax", "mathjax-newcm-font");
    private const string FontDestination = MathJaxConfig.FontFolder + "/mathjax-newcm-font";

    // (package folder below node_modules, destination in the output, parts to copy)
    private static readonly (string Package, string Destination, string[] Parts)[] Copies =
    [
        ("mathjax", MathJaxConfig.AssetFolder, ["tex-chtml.js", "input", "output", "ui", "a11y", "sre", "LICENSE"]),
        (FontPackage, FontDestination, ["chtml", "chtml.js"]),
    ];

    /// <summary>Our own script that the browser loads beside MathJax: where in-line formulas may break (worker/inline-breaks.js).</summary>
    public const string InlineBreaksScript = "inline-breaks.js";

    private static string WorkerFolder => Path.Combine(AppContext.BaseDirectory, "Typesetting", "worker");

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var modules = Modules();
        foreach (var (package, destination, parts) in Copies)
            await new CopyFiles(Path.Combine(modules, package), outputFolder, destination, parts) { Links = links }.ExecuteAsync(inputs, context);
        await new CopyFiles(WorkerFolder, outputFolder, MathJaxConfig.AssetFolder, [InlineBreaksScript]) { Links = links }.ExecuteAsync(inputs, context);
        return inputs;
    }

    /// <summary>The output paths the copy will write, for the link checker, which runs before any output.</summary>
    public static IEnumerable<string> OutputFiles()
    {
        var modules = Modules();
        return Copies.SelectMany(c => CopyFiles.Files(Path.Combine(modules, c.Package), c.Parts)
            .Select(f => c.Destination + "/" + Path.GetRelativePath(Path.Combine(modules, c.Package), f).Replace('\\', '/')))
            .Append(MathJaxConfig.AssetFolder + "/" + InlineBreaksScript);
    }

    private static string Modules() => NodeModules.Find()
        ?? throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
            "MathJax is not installed (node_modules/mathjax not found).",
            "Run 'npm ci' in the repository, or build once with 'dotnet run --project src/Blog -- build', which runs it."));
}
