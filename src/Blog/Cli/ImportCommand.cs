using System.CommandLine;
using Blog.Diagnostics;

namespace Blog.Cli;

/// <summary><c>import &lt;jekyll|hugo|hexo|wordpress&gt; SOURCE</c>: brings another blog's posts, pages and files into input/, with a report.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "The source blog's kind: jekyll, hugo, hexo or wordpress." };
        var source = new Argument<string>("source") { Description = "The blog's root folder (wordpress: the WXR .xml file from Tools → Export)." };
        var root = new Option<DirectoryInfo?>("--root") { Description = "Site folder holding statiq.json (default: the current folder)." };
        var force = new Option<bool>("--force") { Description = "Overwrite files in input/ that exist with other content." };
        var command = new Command("import", "Import a Jekyll, Hugo, Hexo or WordPress blog into input/, with every formula counted and old URLs kept.") { kind, source, root, force };
        command.SetAction(result =>
        {
            var site = result.GetValue(root)?.FullName ?? Directory.GetCurrentDirectory();
            try
            {
                var report = BlogImport.Run(result.GetValue(kind)!, result.GetValue(source)!, site, result.GetValue(force));
                Console.WriteLine(report.ToMarkdown());
                Console.WriteLine($"Written to {Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(site, "import-report.md"))}.");
                return 0;
            }
            catch (DiagnosticException e)
            {
                Console.Error.WriteLine(e.Diagnostic.ToString());
                return 2;
            }
        });
        return command;
    }
}
