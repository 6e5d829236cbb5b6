using System.CommandLine;
using Blog.Diagnostics;

namespace Blog.Cli;

/// <summary><c>init [DIR]</c>: starts a new blog (<see cref="BlogInit"/>).</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo?>("dir") { Description = "Folder of the new blog (default: the current folder); made if missing.", Arity = ArgumentArity.ZeroOrOne };
        var title = new Option<string?>("--title") { Description = "The blog's title." };
        var author = new Option<string?>("--author") { Description = "Your name, shown on every page and in the feed." };
        var language = new Option<string>("--language") { Description = $"Language of the theme's words and the welcome post: {string.Join(" or ", BlogInit.Languages)}.", DefaultValueFactory = _ => "zh-CN" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the blog will be served from, e.g. https://user.github.io/ (default: the preview's)." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that already has files (files of the same names are replaced)." };
        var command = new Command("init", "Start a new blog: statiq.json, a welcome post, an about page, .gitignore and a GitHub Pages workflow.")
            { folder, title, author, language, baseUrl, force };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder)?.FullName ?? Directory.GetCurrentDirectory();
            try
            {
                var written = BlogInit.Run(target, new BlogInit.Options(result.GetValue(title), result.GetValue(author),
                    result.GetValue(language)!, result.GetValue(baseUrl), result.GetValue(force)));
                foreach (var file in written) Console.WriteLine($"Created {file}");
                var cd = Path.GetFullPath(target) == Directory.GetCurrentDirectory() ? "" : $"cd {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} && ";
                Console.WriteLine($"\nYour blog is ready. Next: {cd}blog preview   (then open http://localhost:5080/)");
                return 0;
            }
            catch (DiagnosticException e)
            {
                Console.Error.WriteLine(e.Diagnostic);
                return 2;
            }
        });
        return command;
    }
}
