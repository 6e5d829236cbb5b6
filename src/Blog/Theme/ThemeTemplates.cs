using System.Collections.Concurrent;
using Blog.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Blog.Theme;

/// <summary>
/// The Scriban templates of a theme: <c>layouts/NAME.sbn-html</c>, <c>site/*</c> and <c>partials/</c>
/// (included with <c>{{ include "name" }}</c>), each looked up in the site's <c>theme/</c> first and then
/// in the built-in theme (<see cref="ThemeFolders"/>). Each file is parsed once; a syntax error becomes a
/// diagnostic with the template's file (the site's override, or the built-in file), line and column.
/// </summary>
/// <param name="loopLimit">Iterations a render may run in all its loops (<c>limits.templateLoops</c>); past it the render fails with a diagnostic.</param>
/// <param name="containment">Which template files may be read once links are followed; by default those inside the site or the theme folders.</param>
/// <param name="formulas">Build mode: the table the <c>*_html</c> values' formula placeholders name, for <c>html.strip</c> (<see cref="SharedBuiltins"/>).</param>
public sealed partial class ThemeTemplates(string siteRoot, ThemeFolders themes, int loopLimit = LimitSettings.DefaultTemplateLoops,
    Blog.Pipelines.ContainedPaths? containment = null, Blog.Typesetting.FormulaTable? formulas = null) : ITemplateLoader
{
    private readonly Blog.Pipelines.ContainedPaths _containment = containment ?? new(siteRoot, themes.Layers, false);

    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new();

    // Partials by path, parsed once for all pages (Scriban's own cache lives only as long as one render's context).
    private readonly ConcurrentDictionary<string, Template> _partials = new(StringComparer.Ordinal);

    // Partial names resolved and allowed once (a missing or forbidden one is not remembered, so it fails on every page).
    private readonly ConcurrentDictionary<string, string> _partialPaths = new(StringComparer.Ordinal);

    /// <summary>The theme's folders, for the other part of this class (<c>ThemeTemplates.Dependencies.cs</c>).</summary>
    private ThemeFolders Folders => themes;

    // Asked for every page: look at the folders once per build (an instance lives for one build).
    private readonly Lazy<IReadOnlyList<string>> _layouts = new(() => themes.Files("layouts", "*.sbn-html")
        .Select(p => Path.GetFileName(p)[..^".sbn-html".Length]).Order(StringComparer.Ordinal).ToList());

    public bool HasLayout(string name) => _layouts.Value.Contains(name);

    public IEnumerable<string> Layouts => _layouts.Value;

    /// <summary>The file of layout <paramref name="name"/>: the site's override, else the built-in one (the site's path when neither exists).</summary>
    public string LayoutPath(string name) => themes.Find($"layouts/{name}.sbn-html") ?? Path.Combine(themes.Site, "layouts", name + ".sbn-html");

    /// <summary>Renders a layout with the given globals; template errors become diagnostics.</summary>
    public string Render(string layout, ScriptObject globals) => RenderPath(LayoutPath(layout), globals);

    /// <summary>
    /// Renders a theme file that is not an HTML layout, such as <c>site/sitemap.sbn-xml</c>, with the
    /// given globals; a missing file is a diagnostic naming it.
    /// </summary>
    public string RenderFile(string relativePath, ScriptObject globals)
    {
        var path = themes.Find(relativePath)
            ?? throw new DiagnosticException(Diagnostic.Error(themes.Display(siteRoot, Path.Combine(themes.Site, relativePath)), 0, 0,
                $"The theme has no {relativePath}, neither the site's theme/ nor the built-in theme.",
                $"Copy the built-in one with `blog theme eject {relativePath}`."));
        return RenderPath(path, globals);
    }

    private string RenderPath(string path, ScriptObject globals)
    {
        var template = Parse(path);
        var context = new SharedPartialsContext(_partials, SharedBuiltins.ForOneRender())
        {
            Formulas = formulas,
            Origin = themes.Display(siteRoot, path),
            TemplateLoader = this,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            LoopLimit = loopLimit,
            // Scriban's defaults cut any string conversion and the whole rendered page at 1 MiB
            // (1,048,576 characters) without a word: a long post, a big plot or a long summary
            // lost its end. Pages have no size limit; should a limit ever apply, it must throw.
            LimitToString = 0,
            OutputLimit = 0,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e) when (e.InnerException is DiagnosticException placed)
        {
            throw placed; // our own loader's error (a partial outside the theme, a link out of the site, or missing), already placed
        }
        catch (ScriptRuntimeException e) when (e.OriginalMessage.Contains("iteration limit", StringComparison.Ordinal) || e.OriginalMessage.Contains("LoopLimit", StringComparison.Ordinal))
        {
            throw new DiagnosticException(At(e.Span, $"Template error: the template's loops ran more than {loopLimit:N0} iterations (limits.templateLoops).",
                "A loop that never ends? If the site really needs more, raise \"limits\": { \"templateLoops\": N } in statiq.json."));
        }
        catch (ScriptRuntimeException e)
        {
            throw new DiagnosticException(At(e.Span, "Template error: " + e.OriginalMessage));
        }
    }

    private Template Parse(string path) => _parsed.GetOrAdd(path, p => new Lazy<Template>(() =>
    {
        _containment.EnsureMayRead(p);
        var template = Template.Parse(File.ReadAllText(p), p);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new DiagnosticException(At(first.Span, "Template syntax error: " + first.Message));
        }
        return template;
    })).Value;

    private string Shown(SourceSpan span) => themes.Display(siteRoot, span.FileName ?? themes.Site);

    private Diagnostic At(SourceSpan span, string message, string? hint = null) => Diagnostic.Error(
        Shown(span), span.Start.Line + 1, span.Start.Column + 1, message,
        hint ?? "Fix the template; see https://github.com/scriban/scriban/blob/master/doc/language.md for the syntax.");

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _partialPaths.TryGetValue(templateName, out var known) ? known : _partialPaths[templateName] = PartialPath(callerSpan, templateName);

    private string PartialPath(SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn-html", StringComparison.Ordinal) ? templateName : templateName + ".sbn-html";
        // The same rule in every layer: the name must stay inside the layer's folder (built-in files count as theme files).
        var candidates = themes.Layers.Select(layer => (Layer: layer, Path: Path.GetFullPath(Path.Combine(layer, "partials", name)))).ToList();
        if (candidates.Any(c => !PathContainment.IsInside(c.Layer, c.Path)))
            throw new DiagnosticException(At(callerSpan, $"Partial '{templateName}' is outside the theme folder; a template may include only files of its theme."));
        var path = candidates.Select(c => c.Path).FirstOrDefault(File.Exists)
            ?? throw new DiagnosticException(At(callerSpan, $"Partial '{templateName}' not found in theme/partials/ nor in the built-in theme's partials/.",
                "Check the name, or copy a built-in partial with `blog theme eject partials/NAME.sbn-html`."));
        _containment.EnsureMayRead(path);
        Parse(path); // a syntax error in a partial is placed at the partial's own line, not at the include
        return path;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(File.ReadAllText(templatePath));

    /// <summary>A render's context whose <c>include</c>s take the partials parsed for earlier pages.</summary>
    private sealed class SharedPartialsContext(ConcurrentDictionary<string, Template> partials, ScriptObject builtins) : TemplateContext(builtins), IFormulaContext
    {
        public Blog.Typesetting.FormulaTable? Formulas { get; init; }
        public string Origin { get; init; } = "";

        protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
            partials.TryGetValue(templatePath, out var parsed) ? parsed : partials[templatePath] = base.CreateTemplate(templatePath, callerContext);
    }
}
