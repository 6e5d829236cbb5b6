using Blog.Diagnostics;
using Scriban.Runtime;

namespace Blog.Theme;

/// <summary>
/// Renders a page: its layout first, then <c>layouts/base.sbn-html</c> around it (the base layout
/// holds &lt;html&gt;, the header, the footer and the scripts). Templates see <c>site</c>, <c>page</c>
/// and, in the base layout, <c>content</c>.
/// </summary>
/// <param name="memo">Pages rendered by the previous build (preview only); null renders every page.</param>
public sealed class PageRenderer(ThemeTemplates templates, SiteModel site, RenderMemo? memo = null)
{
    public const string BaseLayout = "base";

    public SiteModel Site => site;

    public bool HasLayout(string name) => templates.HasLayout(name);

    public IEnumerable<string> Layouts => templates.Layouts.Where(l => l != BaseLayout);

    public string Render(string layout, object page, Diagnostic? unknownLayout = null)
    {
        if (!templates.HasLayout(layout))
            throw new DiagnosticException(unknownLayout ?? Diagnostic.Error("theme/layouts", 0, 0, $"Layout '{layout}' not found."));
        if (memo is null) return RenderNow(layout, page);
        var dependencies = templates.DependenciesOf(layout);
        if (memo.TryGet(layout, dependencies.Version, dependencies.Words, site, page, out var remembered)) return remembered;
        var html = RenderNow(layout, page);
        memo.Set(layout, dependencies.Version, site, page, html);
        return html;
    }

    private string RenderNow(string layout, object page)
    {
        var inner = templates.Render(layout, Globals(page, null));
        return templates.HasLayout(BaseLayout) ? templates.Render(BaseLayout, Globals(page, inner)) : inner;
    }

    private ScriptObject Globals(object page, string? content)
    {
        var globals = new ScriptObject();
        globals.SetValue("site", site, true);
        globals.SetValue("page", page, true);
        if (content is not null) globals.SetValue("content", content, true);
        return globals;
    }
}
