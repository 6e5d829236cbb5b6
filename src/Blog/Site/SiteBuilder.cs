using System.Diagnostics;
using Blog.Content;
using Blog.Computing;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.Citations;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.CubeBlocks;
using Blog.Markup.CrossReferences;
using Blog.Markup.FencedDivs;
using Blog.Markup.Links;
using Blog.Markup.Resources;
using Blog.Typesetting;
using Blog.Typesetting.Citations;
using Blog.Typesetting.Diagrams;
using Blog.Markup.Diagrams;
using Blog.Pipelines;
using Blog.Site.LinkCheck;
using Blog.Site.Search;
using Blog.Theme;

namespace Blog.Site;

/// <summary>
/// A build, read top to bottom: load settings, wire the pipelines, run them into a staging
/// folder, swap it in. Each pipeline is one concern; the engine runs them in parallel.
/// </summary>
public static class SiteBuilder
{
    public const string Posts = "posts", Pages = "pages", Lists = "lists", Feeds = "feeds", Assets = "assets", Checks = "checks",
        Resources = "resources", Aliases = "aliases";

    /// <param name="output">Where to write; by default a staging folder swapped into the output folder.</param>
    /// <param name="services">Extra services for the modules, such as the caches the preview server keeps between builds.</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default,
        IBuildOutput? output = null, IEnumerable<object>? services = null)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var staged = output ?? new StagedOutput(options.OutputFolder);
        using var cacheProblems = CacheProblems.Begin(diagnostics);
        try
        {
            // First: workers of a build that was killed are ended; a build killed during its swap may have left
            // no output/ (StagedOutput puts it back).
            Blog.Workers.ProcessMarker.EndLeftovers();
            staged.Prepare();
            if (staged is StagedOutput { Recovery: { } recovery }) diagnostics.Add(recovery);
            var settings = options.LoadSettings();
            await using var math = new MathTypesetter(options.SiteRoot, settings);
            await using var citations = new CitationFormatter(options.SiteRoot, settings.Math.Node, useCache: !options.NoCache);
            // The preview keeps one drawer for its session (its worker stays warm between rebuilds).
            var given = services?.OfType<TikzDrawer>().FirstOrDefault();
            await using var owned = given is null ? new TikzDrawer(options.SiteRoot, settings.Math.Node, settings.Tikz) : null;
            var drawer = given ?? owned!;
            // The search index is made beside the pipelines, from each page as it is finished; the
            // preview indexes each generation in the background instead (PreviewSearch).
            await using var searchIndex = settings.Search.Enabled && !options.Preview
                ? new SearchIndexSession(options.SiteRoot, settings.Math.Node, [Posts, Pages], Path.Combine(staged.Folder, settings.Search.Folder)) : null;
            // The preview keeps its table between builds: its cached pages hold placeholders of earlier builds.
            var formulas = services?.OfType<FormulaTable>().FirstOrDefault();
            var scheduled = new ScheduledPosts();
            var engine = new Engine(CreatePipelines(options, settings, staged.Folder, math, citations, formulas, searchIndex: searchIndex, scheduled: scheduled, diagrams: drawer));
            var externalLinks = new ExternalLinkLog();
            var result = await engine.ExecuteAsync(new PipelineContext(diagnostics, [.. services ?? [], externalLinks], cancellationToken: cancellationToken));
            math.SaveCache(); // the typeset formulas, one file, written while a problem can still be this build's warning
            if (!result.Success)
            {
                staged.Discard();
                return new BuildResult(false, diagnostics.All, 0, watch.Elapsed) { Scheduled = scheduled.All, ExternalLinks = externalLinks.Links };
            }
            // Pagefind was given the pages as they were finished and writes into the staging folder
            // once the last is in; what is left of that is waited for here, before the swap.
            var search = SearchPlan.Of(result.Documents, [Posts, Pages], settings);
            var timings = new Dictionary<string, TimeSpan>(result.Timings);
            if (search is not null && searchIndex is not null)
            {
                // search/index: what the index added to the build's wall time; search/beside: from its start to done.
                var finish = Stopwatch.StartNew();
                timings["search/beside"] = (await searchIndex.FinishAsync(cancellationToken)).Elapsed;
                timings["search/index"] = finish.Elapsed;
            }
            staged.Commit();
            var pages = result.Documents.Values.SelectMany(d => d).Count(d => d.Destination?.EndsWith(".html") == true);
            return new BuildResult(true, diagnostics.All, pages, watch.Elapsed)
            {
                Timings = timings,
                Search = search,
                ExternalLinks = externalLinks.Links,
                Math = settings.Math.BuildMode ? math.Counts : null,
                Scheduled = scheduled.All,
                Diagrams = new TikzCounts(drawer.Requests, drawer.EngineStarts, drawer.CacheHits, drawer.EngineStartTime, drawer.DrawTime),
            };
        }
        catch (DiagnosticException e)
        {
            staged.Discard();
            diagnostics.Add(e.Diagnostic);
            return new BuildResult(false, diagnostics.All, 0, watch.Elapsed);
        }
        catch (Exception e) when (DiskErrors.For(e, options.OutputFolder) is { } disk)
        {
            staged.Discard();
            diagnostics.Add(disk);
            return new BuildResult(false, diagnostics.All, 0, watch.Elapsed);
        }
        catch
        {
            staged.Discard();
            throw;
        }
    }

    /// <param name="math">Build-time typesetting; its workers live as long as the caller keeps it (made here if not given).</param>
    /// <param name="citations">Citation formatting; its worker lives as long as the caller keeps it (made here if not given).</param>
    /// <param name="searchIndex">The search index the posts' and pages' finished pages are fed to (build only).</param>
    /// <param name="scheduled">Where the posts left out for being dated after the build's time are listed.</param>
    /// <param name="formulas">
    /// Build mode: the table of typeset formulas whose placeholders the pages carry until they are written
    /// (made here if not given; the preview keeps one for its session).
    /// </param>
    /// <param name="diagrams">Draws the ```tikz diagrams; made here if not given (its worker then lives until the process ends it).</param>
    /// <param name="inlineFormulas">
    /// Write each formula's CHTML into the pages' HTML from the start, as builds did before the table: the
    /// same bytes by a slower path, kept so that tests can hold the two equal.
    /// </param>
    public static IReadOnlyList<Pipeline> CreatePipelines(BuildOptions options, SiteSettings settings, string outputFolder,
        MathTypesetter? math = null, CitationFormatter? citations = null, FormulaTable? formulas = null, bool inlineFormulas = false,
        SearchIndexSession? searchIndex = null, ScheduledPosts? scheduled = null, TikzDrawer? diagrams = null)
    {
        formulas = settings.Math.BuildMode && !inlineFormulas ? formulas ?? new FormulaTable() : null;
        var root = options.SiteRoot;
        var urls = new Urls(settings.BaseUrl);
        // Files are read only from inside the site (and its input and theme folders) once links are followed.
        var contained = new ContainedPaths(root, [options.InputFolder, .. options.Themes.Layers], settings.AllowSymlinksOutside);
        var strings = ThemeStrings.Load(root, options.Themes, settings.Language, contained);
        settings = settings with
        {
            Compute = settings.Compute.WithCaptionWords(strings),
            Title = settings.Title.Length > 0 ? settings.Title : strings.Text("site.default_title"),
        };
        var models = new ModelFactory(settings, urls, options.Preview) { Strings = strings, Formulas = formulas };
        var templates = new ThemeTemplates(root, options.Themes, settings.Limits.TemplateLoops, contained, formulas);
        var names = ReferenceNames.From(strings);
        var markdown = MarkdownSetup.Create(new SiteLinksExtension(urls.Link), new MagicCubeExtension(new CubeVerdict(strings)), new PageResourcesExtension(root, urls.Link), new ComputeExtension(strings.Text("compute.fold_label")), new FencedDivExtension(names),
            new CrossReferenceExtension(names, settings.Crossref, (settings.Compute.FigureWord!, settings.Compute.TableWord!)), new CitationExtension(),
            new TikzExtension(settings.Compute.FigureWord!, urls.Link));
        var references = new ResolveReferences(names, urls.Link, [Posts, Pages]);
        var compute = new RunCompute(settings.Compute, Path.Combine(root, ".cache", "compute"),
            Path.Combine(options.InputFolder, "data"), useCache: !options.NoCache);
        // The site model lists every tag, so it is made once the posts are processed.
        PageRenderer? renderer = null;
        var gate = new object();
        PageRenderer Renderer(PipelineContext context)
        {
            lock (gate) return renderer ??= new PageRenderer(templates, models.Site(context.OutputsOf(Posts)), context.TryGet<RenderMemo>());
        }
        // Formula placeholders are resolved as each file is written.
        var write = new WriteFiles(outputFolder, formulas);
        // Each page's links are read as it is made, beside the other pipelines, for the link check at the end;
        // then the page is written (into the staging folder), so pages do not wait in memory for the Output phase.
        var scanLinks = new ScanLinks(options.Preview ? null : write);
        var release = new ReleaseParseTrees();
        math ??= new MathTypesetter(root, settings);
        diagrams ??= new TikzDrawer(root, settings.Math.Node, settings.Tikz);
        var draw = new DrawDiagrams(diagrams, settings.Tikz);
        var typesetMath = new TypesetMath(math, settings.Math, formulas);
        var cite = new FormatCitations(settings, options.InputFolder,
            citations ?? new CitationFormatter(root, settings.Math.Node, useCache: !options.NoCache), () => strings.Text("references"), contained);

        // Each part is rendered once (RenderMarkdown), after its formulas were found on the trees and typeset.
        var findFormulas = new FindFormulas(markdown, settings.Math.BuildMode);
        var posts = new Pipeline(Posts)
        {
            Input = { new ReadFiles(root, Path.Combine(options.InputFolder, "posts"), "**/*.md") { Containment = contained } },
            // Cached in preview: an unchanged post is not parsed, computed, rendered or typeset again.
            Process = { new CacheDocuments(new ReadEntries(EntryKind.Post, settings), new ExcludeDrafts(options.Drafts), new ParseMarkdown(markdown), compute, draw, findFormulas, typesetMath, new RenderMarkdown(markdown, settings.Search.Enabled), cite, release),
                new ExcludeScheduled(options.Future, () => options.Now ?? DateTimeOffset.UtcNow, scheduled), new SortByDate() },
            PostProcess = { references, new ApplyLayouts(Renderer, models), scanLinks },
            Output = { write },
        };
        // Pages do not depend on posts: their layouts read the posts' tags through the site model,
        // in PostProcess, which waits for every pipeline's Process anyway. So a bad post does not
        // hide a bad page's error.
        var pages = new Pipeline(Pages)
        {
            Input = { new ReadFiles(root, Path.Combine(options.InputFolder, "pages"), "**/*.md") { Containment = contained } },
            Process = { new CacheDocuments(new ReadEntries(EntryKind.Page, settings), new ExcludeDrafts(options.Drafts), new ParseMarkdown(markdown), compute, draw, findFormulas, typesetMath, new RenderMarkdown(markdown, settings.Search.Enabled), cite, release) },
            PostProcess = { references, new ApplyLayouts(Renderer, models), scanLinks },
            Output = { write },
        };
        var lists = new Pipeline(Lists)
        {
            Dependencies = { Posts },
            PostProcess = { new ListPages(Posts, Renderer, models, settings), scanLinks },
            Output = { write },
        };
        var feeds = new Pipeline(Feeds)
        {
            Dependencies = { Posts, Pages, Lists, SearchPipeline },
            PostProcess = { new Feeds(Posts, templates, Renderer, models, settings, formulas, options.NoCache ? null : FeedHtmlCache.For(root)), new SiteMapFiles([Posts, Pages, Lists, SearchPipeline], templates, Renderer, models) },
            Output = { write },
        };
        var assets = new Pipeline(Assets)
        {
            Dependencies = { Posts, Pages },
            Input =
            {
                new ReadFiles(root, Path.Combine(options.InputFolder, "assets"), "**/*") { Binary = true, Containment = contained },
            },
            Process = { new AssetDestinations() },
            PostProcess = { new MathStylesheet(settings.Math.BuildMode, math, Posts, Pages), new TikzAssets(diagrams, Posts, Pages) },
            Output = { write, new CopyMathJax(outputFolder, LinkedCopies.For(root)) },
        };
        // Built-in theme, then the site's theme/, then input/assets: the last file of a path wins (AssetDestinations).
        assets.Input.InsertRange(0, options.Themes.Layers.Reverse()
            .Select(layer => new ReadFiles(root, Path.Combine(layer, "assets"), "**/*") { Binary = true, Containment = contained }));
        // Files beside posts and pages (page bundles), copied beside their pages.
        var resources = new Pipeline(Resources)
        {
            Dependencies = { Posts, Pages },
            Process = { new PageResourceFiles(root, Posts, Pages) },
            Output = { write },
        };
        var search = new Pipeline(SearchPipeline)
        {
            Dependencies = { Posts },
            PostProcess = { new SearchPageModule(Renderer, models, settings), scanLinks },
            Output = { write },
        };
        // Redirect pages at the old paths of posts and pages (front matter "aliases"); in no list, feed or sitemap.
        var aliases = new Pipeline(Aliases)
        {
            Dependencies = { Posts, Pages },
            PostProcess = { new AliasPages([Posts, Pages], templates, Renderer, models), scanLinks },
            Output = { write },
        };
        var checks = new Pipeline(Checks)
        {
            Dependencies = { Posts, Pages, Lists, Feeds, Assets, Resources, SearchPipeline, Aliases },
            PostProcess =
            {
                new CheckUniqueDestinations(Posts, Pages, Lists, Feeds, Assets, Resources, SearchPipeline, Aliases),
                new CheckLinks([Posts, Pages, Lists, Feeds, Assets, Resources, SearchPipeline, Aliases], settings.BaseUrl, () => [
                    .. CopyMathJax.OutputFiles(), .. SearchBundle(settings),
                    .. options.Preview ? [SitePaths.LiveReloadScript] : Array.Empty<string>()]),
            },
        };
        if (searchIndex is not null)
        {
            // Last in PostProcess: the pages are final there (written to staging by the scan, or as they will be in Output).
            var written = new WrittenSearchPages(); // the pages' bytes as the scan wrote them, not read back
            written.Listen(write);
            posts.PostProcess.Add(new FeedSearchIndex(searchIndex, Posts, written));
            pages.PostProcess.Add(new FeedSearchIndex(searchIndex, Pages, written));
        }
        return [posts, pages, lists, feeds, assets, resources, search, aliases, checks];
    }

    /// <summary>The pipeline that renders the search page; the index itself is made after the pipelines.</summary>
    public const string SearchPipeline = "search";

    /// <summary>Pagefind's files, written after the link check runs, that pages may link to.</summary>
    private static IEnumerable<string> SearchBundle(SiteSettings settings) => settings.Search.Enabled
        ? SearchIndexer.BundleFiles.Select(f => settings.Search.Folder + "/" + f) : [];
}

public sealed record BuildResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, TimeSpan Elapsed)
{
    /// <summary>Time spent per "pipeline/phase", for <c>build --timings</c> and the preview's <c>--verbose</c>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Timings { get; init; } = new Dictionary<string, TimeSpan>();

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    /// <summary>Links to other sites, found by the link checker and never fetched (<c>check --external</c>).</summary>
    public IReadOnlyList<ExternalLink> ExternalLinks { get; init; } = [];
    /// <summary>The pages the search index holds (made by the build, or by the preview in the background); null when search is off.</summary>
    public SearchPlan? Search { get; init; }
    /// <summary>Build mode: formulas in all, typeset, served from a cache, and the workers' CPU per typeset formula; null in client mode.</summary>
    public Typesetting.MathCounts? Math { get; init; }
    /// <summary>Posts left out because they are dated after the build's time (none with <c>--future</c>).</summary>
    public IReadOnlyList<ScheduledPost> Scheduled { get; init; } = [];
    /// <summary>Diagrams drawn by a TeX engine, engines started and diagrams served from a cache in this build.</summary>
    public TikzCounts? Diagrams { get; init; }
}
