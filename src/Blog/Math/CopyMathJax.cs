using Blog.Diagnostics;
using Blog.Pipeline;

namespace Blog.Math;

/// <summary>
/// Self-hosts MathJax 4: copies the browser component, its TeX extensions, UI and font from the npm
/// packages into the output. No page ever loads MathJax from a CDN.
/// </summary>
public sealed class CopyMathJax(string outputFolder) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var modules = NodeModules.Find()
            ?? throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
                "MathJax is not installed (node_modules/mathjax not found).",
                "Run 'npm ci' in the repository, or build once with 'dotnet run --project src/Blog -- build', which runs it."));
        await new CopyFiles(Path.Combine(modules, "mathjax"), outputFolder, MathJaxConfig.AssetFolder,
            "tex-chtml.js", "input", "output", "ui", "a11y", "sre", "LICENSE").ExecuteAsync(inputs, context);
        await new CopyFiles(Path.Combine(modules, "@mathjax", "mathjax-newcm-font"), outputFolder,
            MathJaxConfig.FontFolder + "/mathjax-newcm-font", "chtml", "chtml.js").ExecuteAsync(inputs, context);
        return inputs;
    }
}
