using System.CommandLine;
using Blog.Diagnostics;
using Blog.Theme;

namespace Blog.Cli;

/// <summary><c>theme eject [FILE] [--force]</c>: copies built-in theme files into the site's theme/ to edit them (<see cref="ThemeEject"/>).</summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A file or folder of the theme, e.g. partials/footer.sbn-html or assets/css (default: the whole theme).", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite files the site's theme/ already has." };
        var root = new Option<DirectoryInfo?>("--root") { Description = "Site folder holding statiq.json (default: the current folder)." };
        var eject = new Command("eject", "Copy built-in theme files into theme/, where they override the tool's and can be edited.") { file, force, root };
        eject.SetAction(result =>
        {
            var site = result.GetValue(root)?.FullName ?? Directory.GetCurrentDirectory();
            try
            {
                var copied = ThemeEject.Run(site, result.GetValue(file), result.GetValue(force));
                foreach (var path in copied) Console.WriteLine($"Copied {path}");
                Console.WriteLine($"{copied.Count} file(s) now override the built-in theme; delete one to get the tool's again.");
                return 0;
            }
            catch (DiagnosticException e)
            {
                Console.Error.WriteLine(e.Diagnostic);
                return 2;
            }
        });
        return new Command("theme", "Work with the site's theme (the built-in one, overridden file by file by theme/).") { eject };
    }
}
