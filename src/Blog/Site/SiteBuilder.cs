using System.Diagnostics;
using Blog.Content;
using Blog.Compute;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.Links;
using Blog.Typesetting;
using Blog.Pipelines;
using Blog.Site.LinkCheck;
using Blog.Theme;

namespace Blog.Site;

/// <summary>
/// A build, read top to bottom: load settings, wire the pipelines, run them into a staging
/// folder, swap it in. Each pipeline is one concern; the engine runs them in parallel.
/// </summary>
public static class SiteBuilder
{
    public const string Posts = "posts", Pages = "pages", Lists = "lists", Feeds = "feeds", Assets = "assets", Checks = "checks";

    /// <param name="output">Where to write; by default a staging folder swapped into the output folder.</param>
    /// <param name="services">Extra services for the modules, such as the caches the preview server keeps between builds.</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default,
        IBuildOutput? output = null, IEnumerable<object>? services = null)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var staged = output ?? new StagedOutput(options.OutputFolder);
        try
        {
            var settings = options.LoadSettings();
            staged.Prepare();
            await using var math = new MathTypesetter(options.SiteRoot, settings);
            var engine = new Engine(CreatePipelines(options, settings, staged.Folder, math));
            var result = await engine.ExecuteAsync(new PipelineContext(diagnostics, services, cancellationToken: cancellationToken));
            if (!result.Success)
            {
                staged.Discard();
                return new BuildResult(false, diagnostics.All, 0, watch.Elapsed);
            }
            staged.Commit();
            var pages = result.Documents.Values.SelectMany(d => d).Count(d => d.Destination?.EndsWith(".html") == true);
            return new BuildResult(true, diagnostics.All, pages, watch.Elapsed)
            {
                Timings = result.Timings,
                ExternalLinks = CheckLinks.ExternalLinksOf(result.Documents[Checks]),
            };
        }
        catch (DiagnosticException e)
        {
            staged.Discard();
            diagnostics.Add(e.Diagnostic);
            return new BuildResult(false, diagnostics.All, 0, watch.Elapsed);
        }
        catch
        {
            staged.Discard();
            throw;
        }
    }

    /// <param name="math">Build-time typesetting; its workers live as long as the caller keeps it (made here if not given).</param>
    public static IReadOnlyList<Pipeline> CreatePipelines(BuildOptions options, SiteSettings settings, string outputFolder,
        MathTypesetter? math = null)
    {
        var root = options.SiteRoot;
        var urls = new Urls(settings.BaseUrl);
        var models = new ModelFactory(settings, urls, options.Preview)
        {
            Strings = ThemeStrings.Load(root, options.ThemeFolder, settings.Language),
        };
        var templates = new ThemeTemplates(root, options.ThemeFolder);
        var markdown = MarkdownSetup.Create(new SiteLinksExtension(urls.Link), new ComputeExtension());
        var compute = new RunCompute(settings.Compute, Path.Combine(root, ".cache", "compute"),
            Path.Combine(options.InputFolder, "data"), useCache: !options.NoCache);
        // The site model lists every tag, so it is made once the posts are processed.
        PageRenderer? renderer = null;
        var gate = new object();
        PageRenderer Renderer(PipelineContext context)
        {
            lock (gate) return renderer ??= new PageRenderer(templates, models.Site(context.OutputsOf(Posts)), context.TryGet<RenderMemo>());
        }
        var write = new WriteFiles(outputFolder);
        math ??= new MathTypesetter(root, settings);
        var typesetMath = new TypesetMath(math, settings.Math);

        var posts = new Pipeline(Posts)
        {
            Input = { new ReadFiles(root, Path.Combine(options.InputFolder, "posts"), "**/*.md") },
            // Cached in preview: an unchanged post is not parsed, computed, rendered or typeset again.
            Process = { new CacheDocuments(new ReadEntries(EntryKind.Post, settings), new ExcludeDrafts(options.Drafts), new ParseMarkdown(markdown), compute, new RenderMarkdown(markdown), typesetMath), new SortByDate() },
            PostProcess = { new ApplyLayouts(Renderer, models) },
            Output = { write },
        };
        var pages = new Pipeline(Pages)
        {
            Dependencies = { Posts },
            Input = { new ReadFiles(root, Path.Combine(options.InputFolder, "pages"), "**/*.md") },
            Process = { new CacheDocuments(new ReadEntries(EntryKind.Page, settings), new ExcludeDrafts(options.Drafts), new ParseMarkdown(markdown), compute, new RenderMarkdown(markdown), typesetMath) },
            PostProcess = { new ApplyLayouts(Renderer, models) },
            Output = { write },
        };
        var lists = new Pipeline(Lists)
        {
            Dependencies = { Posts },
            PostProcess = { new ListPages(Posts, Renderer, models, settings) },
            Output = { write },
        };
        var feeds = new Pipeline(Feeds)
        {
            Dependencies = { Posts, Pages, Lists },
            PostProcess = { new Feeds(Posts, [Posts, Pages, Lists], models, settings), new SiteMapFiles([Posts, Pages, Lists], templates, Renderer, models) },
            Output = { write },
        };
        var assets = new Pipeline(Assets)
        {
            Dependencies = { Posts, Pages },
            Input =
            {
                new ReadFiles(root, Path.Combine(options.ThemeFolder, "assets"), "**/*") { Binary = true },
                new ReadFiles(root, Path.Combine(options.InputFolder, "assets"), "**/*") { Binary = true },
            },
            Process = { new AssetDestinations() },
            PostProcess = { new MathStylesheet(settings.Math.BuildMode, math, Posts, Pages) },
            Output = { write, new CopyMathJax(outputFolder) },
        };
        var checks = new Pipeline(Checks)
        {
            Dependencies = { Posts, Pages, Lists, Feeds, Assets },
            PostProcess =
            {
                new CheckUniqueDestinations(Posts, Pages, Lists, Feeds, Assets),
                new CheckLinks([Posts, Pages, Lists, Feeds, Assets], settings.BaseUrl, () => options.Preview ? [.. CopyMathJax.OutputFiles(), SitePaths.LiveReloadScript] : CopyMathJax.OutputFiles()),
            },
        };
        return [posts, pages, lists, feeds, assets, checks];
    }
}

public sealed record BuildResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed)
{
    /// <summary>Time spent per "pipeline/phase", for <c>build --timings</c> and the preview's <c>--verbose</c>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Timings { get; init; } = new Dictionary<string, TimeSpan>();

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    /// <summary>Links to other sites, found by the link checker and never fetched (<c>check --external</c>).</summary>
    public IReadOnlyList<ExternalLink> ExternalLinks { get; init; } = [];
}
