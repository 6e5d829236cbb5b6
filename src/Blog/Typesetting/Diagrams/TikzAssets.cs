using System.Text;
using Blog.Diagnostics;
using Blog.Markup.Diagrams;
using Blog.Pipelines;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// The files the pages' diagrams need, once every page is drawn: each diagram's SVG beside its page
/// (<c>2019/11/x/tikz-….svg</c>: the feed's <c>&lt;img&gt;</c>, and the page's own for a diagram too large
/// to inline), and the fonts TeX's text in them uses (BaKoMa's Computer Modern TrueType fonts, shipped
/// with node-tikzjax) with a stylesheet declaring only those, <see cref="HtmlTikzRenderer.FontsStylesheet"/>.
/// A site without diagrams gets none of these.
/// </summary>
public sealed class TikzAssets(TikzDrawer drawer, params string[] pipelines) : IModule
{
    public const string Folder = "assets/tikz";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var made = new List<Document>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pipelines.SelectMany(context.OutputsOf))
        {
            if (page.Get<IReadOnlyList<TikzFile>>(TikzKeys.Files) is not { Count: > 0 } files || page.Destination is null) continue;
            var folder = Path.GetDirectoryName(page.Destination)?.Replace('\\', '/') is { Length: > 0 } dir ? dir + "/" : "";
            foreach (var file in files)
                if (written.Add(folder + file.Name)) made.Add(new Document { Destination = folder + file.Name, Content = file.Svg, Source = page.Source });
            fonts.UnionWith(page.Get<IReadOnlyList<string>>(TikzKeys.Fonts) ?? []);
        }
        if (made.Count == 0) return Task.FromResult(inputs);

        var ttf = Path.Combine(drawer.NodeModules, "node-tikzjax", "css", "bakoma", "ttf");
        var css = new StringBuilder("/* Computer Modern (BaKoMa TrueType, see LICENCE) for the text of TikZ diagrams. */\n");
        foreach (var font in fonts)
        {
            var path = Path.Combine(ttf, font + ".ttf");
            if (!File.Exists(path))
            {
                context.Diagnostics.Add(Diagnostic.Warning(HtmlTikzRenderer.FontsStylesheet, 0, 0,
                    $"Diagrams use the font '{font}', which node-tikzjax does not ship; their text in it falls back to another font."));
                continue;
            }
            css.Append("@font-face { font-family: ").Append(font).Append("; src: url('").Append(font).Append(".ttf') format('truetype'); }\n");
            made.Add(new Document { Destination = $"{Folder}/{font}.ttf", Bytes = File.ReadAllBytes(path) });
        }
        made.Add(new Document { Destination = HtmlTikzRenderer.FontsStylesheet.TrimStart('/'), Content = css.ToString() });
        var licence = Path.Combine(ttf, "..", "LICENCE");
        if (File.Exists(licence)) made.Add(new Document { Destination = $"{Folder}/LICENCE", Bytes = File.ReadAllBytes(licence) });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. made]);
    }
}
