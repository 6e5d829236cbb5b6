using System.CommandLine;
using System.CommandLine.Invocation;
using Blog.Diagnostics;

namespace Blog.Cli;

public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("A static-site generator for math blogs: Markdown + LaTeX → a static site, with MathJax, build-time C#, diagrams and magic cubes.")
        {
            InitCommand.Create(),
            BuildCommand.Create(),
            DeployCommand.Create(),
            CheckCommand.Create(),
            PreviewCommand.Create(),
            NewCommand.Create(),
            ImportCommand.Create(),
            CubeCommand.Create(),
            ThemeCommand.Create(),
            ComputeWorkerCommand.Create(),
        };
        // --version names the Node packages too: what typesets, indexes and formats citations is part of the output.
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion();
        try
        {
            // A DiagnosticException that leaves a command (no statiq.json, npm missing…) is printed as one message, never a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (DiagnosticException e)
        {
            Console.Error.WriteLine(e.Diagnostic);
            return 2;
        }
    }

    /// <summary><c>blog --version</c>: the tool's version, then MathJax's, Pagefind's and citeproc's.</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Console.WriteLine($"blog {ToolInfo.Version}");
            Console.WriteLine($"MathJax {ToolInfo.NodePackageVersion("mathjax")}, Pagefind {ToolInfo.NodePackageVersion("pagefind")}, citeproc {ToolInfo.NodePackageVersion("citeproc")}");
            return 0;
        }
    }
}
