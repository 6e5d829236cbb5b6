using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Blog.Diagnostics;

namespace Blog.Cli;

/// <summary>
/// <c>blog init [DIR]</c>: writes a new blog that builds with zero warnings: statiq.json, a welcome post in the
/// chosen language (inline and display math, a numbered equation with \eqref, a theorem with its proof, a
/// citation from input/references.bib, a compute block with a figure), input/pages/about.md, .gitignore and
/// .github/workflows/pages.yml (GitHub Pages with the installed tool). The texts are embedded resources
/// (Cli/Init/), one per language the built-in theme has a string table for.
/// </summary>
public static class BlogInit
{
    /// <summary>What init is asked for; null fields take the language's defaults.</summary>
    public sealed record Options(string? Title = null, string? Author = null, string Language = "zh-CN", string? BaseUrl = null, bool Force = false);

    /// <summary>The languages init writes a welcome post in: those with a text here and a built-in string table.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "zh-CN"];

    /// <summary>
    /// Writes the blog into <paramref name="folder"/> (made if missing) and returns the files written, relative to
    /// it. A folder with files in it is refused unless <see cref="Options.Force"/>; an unknown language is an
    /// error listing the shipped ones. Both are <see cref="DiagnosticException"/>s, and nothing is written then.
    /// </summary>
    public static IReadOnlyList<string> Run(string folder, Options options)
    {
        folder = Path.GetFullPath(folder);
        var language = Languages.FirstOrDefault(l => string.Equals(l, options.Language, StringComparison.OrdinalIgnoreCase))
            ?? throw new DiagnosticException(Diagnostic.Error("--language", 0, 0, $"No welcome post and theme strings for language '{options.Language}'.",
                $"Choose one of {string.Join(", ", Languages)} (--language en); another language needs its own theme/strings/LANGUAGE.json."));
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !options.Force)
            throw new DiagnosticException(Diagnostic.Error(folder, 0, 0, $"The folder {folder} is not empty; blog init writes a new blog only into an empty folder.",
                "Choose an empty or new folder (blog init my-blog), or pass --force to write the blog's files into this one (files of the same names are replaced)."));
        var english = language == "en";
        // A Chinese blog keeps the default China time; an English one takes this machine's zone when it has an IANA name.
        var timeZone = english && SiteTimeZone.TryParse(TimeZoneInfo.Local.Id) is not null ? TimeZoneInfo.Local.Id : english ? "+00:00" : "+08:00";
        var today = SiteTimeZone.ToZone(DateTimeOffset.UtcNow, SiteTimeZone.TryParse(timeZone)!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var author = options.Author ?? (english ? "Your Name" : "作者");
        var settings = new JsonObject
        {
            ["title"] = options.Title ?? (english ? "My Math Blog" : "我的数学博客"),
            ["description"] = english ? "Notes on mathematics." : "关于数学的笔记。",
            ["author"] = author,
            ["baseUrl"] = options.BaseUrl ?? "http://localhost:5080/",
            ["language"] = language,
            ["timeZone"] = timeZone,
            ["permalink"] = "/{year}/{month}/{slug}/",
            ["postsPerPage"] = 10,
            ["bibliography"] = new JsonArray("references.bib"),
        };
        var files = new Dictionary<string, string>
        {
            ["statiq.json"] = settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n",
            ["input/posts/welcome.md"] = Text($"welcome.{language}.md").Replace("{{date}}", today),
            ["input/pages/about.md"] = Text($"about.{language}.md").Replace("{{author}}", author),
            ["input/references.bib"] = Text("references.bib"),
            [".gitignore"] = Text("gitignore"),
            [".github/workflows/pages.yml"] = Text("pages.yml").Replace("{{version}}", ToolInfo.Version).Replace("{{package}}", ToolInfo.PackageId),
        };
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        return [.. files.Keys];
    }

    private static string Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Blog.Cli.Init." + name)
            ?? throw new InvalidOperationException($"Blog.Cli.Init.{name} is not embedded in the tool.");
        return new StreamReader(stream).ReadToEnd().ReplaceLineEndings("\n");
    }
}
