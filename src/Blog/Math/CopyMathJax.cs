using Blog.Diagnostics;
using Blog.Pipeline;

namespace Blog.Math;

/// <summary>
/// Self-hosts MathJax 4: copies the browser component, its TeX extensions, UI and font from the npm
/// packages into the output. No page ever loads MathJax from a CDN. When math is typeset at build
/// time (<paramref name="fontsOnly"/>), pages need only the font files the generated stylesheet names.
/// </summary>
public sealed class CopyMathJax(string outputFolder, bool fontsOnly = false) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var modules = NodeModules.Find()
            ?? throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
                "MathJax is not installed (node_modules/mathjax not found).",
                "Run 'npm ci' in the repository, or build once with 'dotnet run --project src/Blog -- build', which runs it."));
        if (!fontsOnly)
            await new CopyFiles(Path.Combine(modules, "mathjax"), outputFolder, MathJaxConfig.AssetFolder,
                "tex-chtml.js", "input", "output", "ui", "a11y", "sre", "LICENSE").ExecuteAsync(inputs, context);
        await new CopyFiles(Path.Combine(modules, "@mathjax", "mathjax-newcm-font"), outputFolder,
            MathJaxConfig.FontFolder + "/mathjax-newcm-font", fontsOnly ? ["chtml/woff2"] : ["chtml", "chtml.js"]).ExecuteAsync(inputs, context);
        return inputs;
    }
}
