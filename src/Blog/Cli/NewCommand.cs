using System.CommandLine;
using System.Globalization;
using Blog.Content;

namespace Blog.Cli;

/// <summary><c>new "标题"</c>: starts a post with its front matter filled in, so an author never types YAML from memory.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "Title of the new post." };
        var slug = new Option<string?>("--slug") { Description = "URL slug and file name (default: made from the title)." };
        var draft = new Option<bool>("--draft") { Description = "Mark the post as a draft (left out unless build --drafts)." };
        var input = new Option<DirectoryInfo?>("--input", "-i") { Description = "Content folder (default: ./input)." };
        var command = new Command("new", "Create a new post in input/posts/ with front matter.") { title, slug, draft, input };
        command.SetAction(result =>
        {
            var name = result.GetValue(slug) ?? Slugs.Shorten(Slugs.From(result.GetValue(title)!));
            if (!Slugs.IsValid(name))
            {
                Console.Error.WriteLine($"error: '{name}' is not a usable slug; try '{Slugs.From(name)}'.");
                return 2;
            }
            if (System.Text.Encoding.UTF8.GetByteCount(name) > Slugs.MadeSlugBytes)
            {
                Console.Error.WriteLine($"error: the slug is {System.Text.Encoding.UTF8.GetByteCount(name)} bytes long; a file name holds at most {Slugs.MaxSegmentBytes} bytes. Try '{Slugs.Shorten(name)}'.");
                return 2;
            }
            var inputFolder = result.GetValue(input)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "input");
            // The blog's settings give the date's zone and the language of the starter text; a folder that is not a blog is refused, as build is.
            var root = Path.GetDirectoryName(inputFolder)!;
            // Both refusals are DiagnosticExceptions, printed as one message with exit code 2 by CommandLine.
            SiteOptions.EnsureBlog(root);
            var settings = new Blog.Site.BuildOptions { SiteRoot = root, Input = inputFolder }.LoadSettings();
            var folder = Path.Combine(inputFolder, "posts");
            var path = Path.Combine(folder, name + ".md");
            var bundle = Path.Combine(folder, name, "index.md");
            if (File.Exists(path) || File.Exists(bundle))
            {
                Console.Error.WriteLine($"error: {Path.GetRelativePath(Directory.GetCurrentDirectory(), File.Exists(path) ? path : bundle)} already exists; choose another --slug.");
                return 2;
            }
            Directory.CreateDirectory(folder);
            // Today in the site's zone, as the build reads the date: a post made now is never "scheduled" by the build.
            var zone = SiteTimeZone.TryParse(settings.TimeZone) ?? TimeZoneInfo.Utc;
            var today = SiteTimeZone.ToZone(DateTimeOffset.UtcNow, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // YamlDotNet quotes and escapes what needs it: a title such as 关于\LaTeX or "a: b" stays valid YAML.
            var fields = new Dictionary<string, object>
            {
                ["title"] = result.GetValue(title)!, ["date"] = today, ["tags"] = Array.Empty<string>(),
                ["categories"] = Array.Empty<string>(), ["summary"] = "", ["slug"] = name,
            };
            if (result.GetValue(draft)) fields["draft"] = true;
            var front = "---\n" + new YamlDotNet.Serialization.SerializerBuilder().DisableAliases().Build().Serialize(fields).ReplaceLineEndings("\n") + "---\n";
            var body = settings.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ChineseBody : EnglishBody;
            File.WriteAllText(path, front + body);
            Console.WriteLine($"Created {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
            return 0;
        });
        return command;
    }

    // The starter text is the writer's, in the blog's language (not theme text): an English blog gets no Chinese.
    private const string ChineseBody = """

        正文从这里开始。行内公式 $E=mc^2$，带编号的公式：

        \begin{equation}
        e^{i\pi} + 1 = 0 \label{eq:euler}
        \end{equation}

        由式 $\eqref{eq:euler}$ 可知……

        """;

    private const string EnglishBody = """

        Start writing here. Inline math $E=mc^2$, and a numbered equation:

        \begin{equation}
        e^{i\pi} + 1 = 0 \label{eq:euler}
        \end{equation}

        By $\eqref{eq:euler}$, …

        """;
}
