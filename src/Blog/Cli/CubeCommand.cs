using System.CommandLine;
using Blog.Diagnostics;
using Blog.MagicCube;
using Blog.MagicCube.Rendering;

namespace Blog.Cli;

/// <summary>
/// <c>blog cube [file] [--construct N] [--format latex|json|text] [--check] [--style mathjax|portable]</c>:
/// reads a cube (a file, or standard input) or builds one, and prints it as a LaTeX diagram, JSON
/// or text. Exit codes: 0 done, 1 <c>--check</c> found it not magic, 2 a user mistake.
/// </summary>
public static class CubeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "Cube text: layers front to back separated by a blank line, rows top to bottom ('-' or nothing: standard input)." };
        var construct = new Option<string?>("--construct") { HelpName = "N", Description = "Build a magic cube of order N (odd, or a multiple of 4) instead of reading one." };
        var format = new Option<string?>("--format", "-f") { Description = "latex (default), json or text." };
        var check = new Option<bool>("--check") { Description = "Print the checker's report; exit 1 when the cube is not magic." };
        var style = new Option<string>("--style") { Description = "mathjax (default, the seed's drawing) or portable (no HTML extension).", DefaultValueFactory = _ => "mathjax" };
        format.CompletionSources.Add(CubeOutput.Formats);
        style.CompletionSources.Add(CubeOutput.Styles);

        var command = new Command("cube", "Check, construct and draw n×n×n magic cubes.") { file, construct, format, check, style };
        command.SetAction(result => Run(result.GetValue(file), result.GetValue(construct), result.GetValue(format),
            result.GetValue(check), result.GetValue(style)!));
        return command;
    }

    private static int Run(string? file, string? construct, string? format, bool check, string style)
    {
        try
        {
            Require(format is null || CubeOutput.Formats.Contains(format), "--format", $"'{format}' is not a format: use latex, json or text");
            Require(CubeOutput.Styles.Contains(style), "--style", $"'{style}' is not a style: use mathjax or portable");
            var cube = CubeInput.Read(file, construct, Console.In, !Console.IsInputRedirected);
            var report = MagicChecker.Check(cube);
            if (format is null && check)
            {
                Console.Write(report.ToString().TrimEnd('\n') + "\n");
                return report.IsMagic ? 0 : 1;
            }
            format ??= "latex";
            Require(format != "latex" || cube.N <= LatexCubeRenderer.MaxOrder, "cube",
                $"a cube of order {cube.N} is too large to draw (at most {LatexCubeRenderer.MaxOrder}); use --format json or text");
            Console.Write(CubeOutput.Write(cube, report, format, CubeOutput.ParseStyle(style)));
            if (check && format != "json") Console.Write("\n" + report.ToString().TrimEnd('\n') + "\n");
            else if (!check && !report.IsMagic) Console.Error.WriteLine("warning: this is not a magic cube (--check says why)");
            return check && !report.IsMagic ? 1 : 0;
        }
        catch (DiagnosticException e)
        {
            Console.Error.WriteLine(e.Diagnostic);
            return 2;
        }
        catch (CubeInputException e)
        {
            foreach (var d in e.Diagnostics) Console.Error.WriteLine(d);
            return 2;
        }
    }

    private static void Require(bool condition, string place, string message)
    {
        if (!condition) throw new DiagnosticException(Diagnostic.Error(place, 0, 0, message));
    }
}
