using System.CommandLine;

namespace Blog.Cli;

public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("数学博客生成器: Markdown + LaTeX → a static site, with MathJax, build-time C# and magic cubes.")
        {
            BuildCommand.Create(),
            DeployCommand.Create(),
            CheckCommand.Create(),
            PreviewCommand.Create(),
            NewCommand.Create(),
            ImportCommand.Create(),
            CubeCommand.Create(),
            ComputeWorkerCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync();
    }
}
