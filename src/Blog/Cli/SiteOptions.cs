using System.CommandLine;
using Blog.Site;

namespace Blog.Cli;

/// <summary>The options every command that builds the site shares.</summary>
public sealed class SiteOptions
{
    public Option<DirectoryInfo?> Root { get; } = new("--root") { Description = "Site folder holding statiq.json (default: the current folder)." };
    public Option<DirectoryInfo?> Input { get; } = new("--input", "-i") { Description = "Content folder (default: <root>/input)." };
    public Option<DirectoryInfo?> Output { get; } = new("--output", "-o") { Description = "Output folder (default: <root>/output)." };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is served from, e.g. https://user.github.io/repo/ (overrides statiq.json)." };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include posts marked draft: true." };
    public Option<bool> Future { get; } = new("--future") { Description = "Include posts dated after now (scheduled posts), which are otherwise left out." };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
    }

    /// <summary>The build the options ask for; a site folder without statiq.json is a <see cref="Blog.Diagnostics.DiagnosticException"/>.</summary>
    public BuildOptions Read(ParseResult result, bool preview = false)
    {
        var root = result.GetValue(Root)?.FullName ?? FindSiteRoot(result.GetValue(Input)?.FullName);
        EnsureBlog(root);
        return new BuildOptions
        {
            SiteRoot = root,
            Input = result.GetValue(Input)?.FullName,
            Output = result.GetValue(Output)?.FullName,
            BaseUrl = result.GetValue(BaseUrl),
            Drafts = result.GetValue(Drafts),
            Future = result.GetValue(Future),
            Preview = preview,
        };
    }

    /// <summary>The site root is the folder with statiq.json: the current folder, or the parent of --input.</summary>
    /// <summary>Refuses a folder without statiq.json, the one way every command says a folder is not a blog.</summary>
    /// <exception cref="Blog.Diagnostics.DiagnosticException">When <paramref name="root"/> has no statiq.json.</exception>
    public static void EnsureBlog(string root)
    {
        if (!File.Exists(Path.Combine(root, "statiq.json")))
            throw new Blog.Diagnostics.DiagnosticException(Blog.Diagnostics.Diagnostic.Error(Path.Combine(root, "statiq.json"), 0, 0,
                $"{root} is not a blog: it has no statiq.json.",
                "Run `blog init` to start a blog here, or pass --root FOLDER (the folder holding statiq.json)."));
    }

    private static string FindSiteRoot(string? input)
    {
        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "statiq.json")) || input is null) return cwd;
        var parent = Path.GetDirectoryName(input);
        return parent is not null && File.Exists(Path.Combine(parent, "statiq.json")) ? parent : cwd;
    }
}
