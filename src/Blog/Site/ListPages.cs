using Blog.Diagnostics;
using Blog.Content;
using Blog.Pipelines;
using Blog.Theme;

namespace Blog.Site;

/// <summary>
/// The generated pages that list posts: the paginated home page, the archive by year and month,
/// the tag and category index and a page per term, and the 404 page.
/// </summary>
public sealed class ListPages(string postsPipeline, Func<PipelineContext, PageRenderer> renderer, ModelFactory models,
    SiteSettings settings) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = renderer(context);
        var posts = context.OutputsOf(postsPipeline).Where(d => d.Require<Entry>(BlogKeys.Entry).Kind == EntryKind.Post).ToList();
        var all = posts.Select(p => models.Post(p)).ToList();
        var entries = posts.Select(p => p.Require<Entry>(BlogKeys.Entry)).ToList();
        // Pages to render, in order; rendered in parallel at the end (this phase waits for the posts, so nothing else runs beside it).
        var planned = new List<(string SitePath, string Layout, ListModel Model)>();

        void Add(string sitePath, string layout, ListModel model) => planned.Add((sitePath, layout, model));

        ListModel List(string title, string path, IReadOnlyList<PostModel> items, PaginationModel? pagination, string kind) =>
            new(title, models.Urls.Link(path), models.Urls.Absolute(path), items, pagination, [], [], kind);

        // Home, paginated: /, /page/2/, …
        var pageCount = System.Math.Max(1, (all.Count + settings.PostsPerPage - 1) / settings.PostsPerPage);
        for (var n = 1; n <= pageCount; n++)
        {
            var pagination = new PaginationModel(n, pageCount,
                n > 1 ? models.Urls.Link(SitePaths.HomePage(n - 1)) : null,
                n < pageCount ? models.Urls.Link(SitePaths.HomePage(n + 1)) : null);
            var items = all.Skip((n - 1) * settings.PostsPerPage).Take(settings.PostsPerPage).ToList();
            Add(SitePaths.HomePage(n), "index", List(n == 1 ? settings.Title : models.Strings.Text("page_title", ("title", settings.Title), ("n", n)), SitePaths.HomePage(n), items, pagination, "home"));
        }

        // Archive by year, then month, newest first.
        var years = posts.Zip(all)
            .GroupBy(x => x.First.Require<Entry>(BlogKeys.Entry).Date!.Value.Year)
            .OrderByDescending(g => g.Key)
            .Select(y => new ArchiveYear(y.Key, y
                .GroupBy(x => x.First.Require<Entry>(BlogKeys.Entry).Date!.Value.Month)
                .OrderByDescending(m => m.Key)
                .Select(m => new ArchiveMonth(m.Key, models.Strings.Date(new DateTimeOffset(y.Key, m.Key, 1, 0, 0, 0, TimeSpan.Zero), "archive_month_format"),
                    m.Select(x => x.Second).ToList())).ToList(), y.Count()))
            .ToList();
        Add(SitePaths.Archive, "archive", List(models.Strings.Text("archive_title"), SitePaths.Archive, all, null, "archive") with { Years = years });

        // Tags and categories: an index of all tags and one page per term; two names never share a page silently.
        TermCollisions.Check(entries, e => e.Tags, "tags", SitePaths.Tag);
        TermCollisions.Check(entries, e => e.Categories, "categories", SitePaths.Category);
        var tags = models.Terms(entries.SelectMany(e => e.Tags), SitePaths.Tag);
        Add(SitePaths.Tags, "terms", List(models.Strings.Text("tags_title"), SitePaths.Tags, [], null, "tags") with { Terms = tags });
        AddTerms(e => e.Tags, SitePaths.Tag, "tag_title", "tag");
        AddTerms(e => e.Categories, SitePaths.Category, "category_title", "category");

        // Spellings with one page ("AI" and "ai": /tags/ai/) make one term listing the posts of both.
        void AddTerms(Func<Entry, IReadOnlyList<string>> of, Func<string, string> path, string titleKey, string kind)
        {
            var terms = TermNames.Group(entries.SelectMany(of), path);
            // Each term's posts in one pass over the posts (newest first), not one pass per term.
            var bySpelling = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var t = 0; t < terms.Count; t++)
                foreach (var spelling in terms[t].Spellings) bySpelling[spelling] = t;
            var items = terms.Select(_ => new List<PostModel>()).ToArray();
            var last = new int[terms.Count];
            Array.Fill(last, -1);
            for (var i = 0; i < entries.Count; i++)
                foreach (var name in of(entries[i]))
                {
                    var t = bySpelling[name];
                    if (last[t] == i) continue; // a post giving two spellings of one term is listed once
                    last[t] = i;
                    items[t].Add(all[i]);
                }
            for (var t = 0; t < terms.Count; t++)
                Add(terms[t].Path, "list", List(models.Strings.Text(titleKey, ("term", terms[t].Name)), terms[t].Path, items[t], null, kind));
        }

        if (pages.HasLayout("404"))
            Add("/404.html", "404", List(models.Strings.Text("not_found_title"), "/404.html", all.Take(5).ToList(), null, "404"));
        var output = new Document[planned.Count];
        var failures = new DiagnosticException?[planned.Count];
        Parallel.For(0, planned.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken }, i =>
        {
            try
            {
                output[i] = new Document
                {
                    Destination = SitePaths.Destination(planned[i].SitePath),
                    Content = pages.Render(planned[i].Layout, planned[i].Model),
                }.With("layout", planned[i].Layout);
            }
            catch (DiagnosticException e)
            {
                failures[i] = e;
            }
        });
        // A template error fails every list page alike: report it once, as the first page would have.
        if (failures.FirstOrDefault(f => f is not null) is { } failure) throw failure;
        return Task.FromResult<IReadOnlyList<Document>>(output);
    }
}
