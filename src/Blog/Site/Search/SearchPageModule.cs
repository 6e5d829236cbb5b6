using Blog.Content;
using Blog.Pipelines;
using Blog.Theme;

namespace Blog.Site.Search;

/// <summary>
/// The search page (<see cref="SearchSettings.PagePath"/>), rendered from the theme's "search" layout.
/// Its results come from the browser (theme/assets/js/search.js over Pagefind's JS API), so the page
/// itself is the same for every build. A theme without a "search" layout gets no page.
/// </summary>
public sealed class SearchPageModule(Func<PipelineContext, PageRenderer> renderer, ModelFactory models, SiteSettings settings) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = renderer(context);
        if (!settings.Search.Enabled || !pages.HasLayout("search")) return Task.FromResult<IReadOnlyList<Document>>([]);
        var path = SearchSettings.PagePath;
        var title = models.Strings.Text("search.title");
        var model = new ListModel(title, models.Urls.Link(path), models.Urls.Absolute(path), [], null, [], [], "search");
        return Task.FromResult<IReadOnlyList<Document>>([new Document
        {
            Destination = SitePaths.Destination(path),
            Content = pages.Render("search", model),
        }.With("layout", "search")]);
    }
}
