using Blog.MagicCube;
using Blog.MagicCube.Rendering;

namespace Blog.Cli;

/// <summary>The <c>cube</c> command's output formats.</summary>
public static class CubeOutput
{
    public static readonly string[] Formats = ["latex", "json", "text"];
    public static readonly string[] Styles = ["mathjax", "portable"];

    /// <summary>The cube in a format: latex (display math, ready to paste), json or text.</summary>
    public static string Write(Cube cube, CheckReport report, string format, CubeDiagramStyle style) => format switch
    {
        "json" => CubeJson.Write(cube, report) + "\n",
        "text" => CubeText.Write(cube),
        _ => "$$\n" + LatexCubeRenderer.Render(cube, style) + "\n$$\n",
    };

    public static CubeDiagramStyle ParseStyle(string style) =>
        style == "portable" ? CubeDiagramStyle.Portable : CubeDiagramStyle.MathJax;
}
