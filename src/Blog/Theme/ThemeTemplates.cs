using System.Collections.Concurrent;
using Blog.Diagnostics;
using Blog.Pipelines;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Blog.Theme;

/// <summary>
/// The Scriban templates of a theme folder: <c>layouts/NAME.sbn-html</c> and <c>partials/</c> (included
/// with <c>{{ include "name" }}</c>). Each file is parsed once; a syntax error becomes a diagnostic
/// with the template's file, line and column.
/// </summary>
public sealed partial class ThemeTemplates(string siteRoot, string themeFolder) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new();

    /// <summary>The theme folder, for the other part of this class (<c>ThemeTemplates.Dependencies.cs</c>).</summary>
    private string Folder => themeFolder;

    // Asked for every page: look at the folder once per build (an instance lives for one build).
    private readonly Lazy<IReadOnlyList<string>> _layouts = new(() => Directory.Exists(Path.Combine(themeFolder, "layouts"))
        ? Directory.EnumerateFiles(Path.Combine(themeFolder, "layouts"), "*.sbn-html").Select(p => Path.GetFileName(p)[..^".sbn-html".Length]).Order().ToList()
        : []);

    public bool HasLayout(string name) => _layouts.Value.Contains(name);

    public IEnumerable<string> Layouts => _layouts.Value;

    public string LayoutPath(string name) => Path.Combine(themeFolder, "layouts", name + ".sbn-html");

    /// <summary>Renders a layout with the given globals; template errors become diagnostics.</summary>
    public string Render(string layout, ScriptObject globals) => RenderPath(LayoutPath(layout), globals);

    /// <summary>
    /// Renders a theme file that is not an HTML layout, such as <c>site/sitemap.sbn-xml</c>, with the
    /// given globals; a missing file is a diagnostic naming it.
    /// </summary>
    public string RenderFile(string relativePath, ScriptObject globals)
    {
        var path = Path.Combine(themeFolder, relativePath);
        if (!File.Exists(path))
            throw new DiagnosticException(Diagnostic.Error(Path.GetRelativePath(siteRoot, path).Replace('\\', '/'), 0, 0,
                $"The theme has no {relativePath}.", "Copy it from the default theme's folder theme/site/."));
        return RenderPath(path, globals);
    }

    private string RenderPath(string path, ScriptObject globals)
    {
        var template = Parse(path);
        var context = new TemplateContext
        {
            TemplateLoader = this,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            LoopLimit = 100_000,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e) when (e.InnerException is DiagnosticException placed)
        {
            throw placed; // our own loader's error (a partial outside the theme, or missing), already placed
        }
        catch (ScriptRuntimeException e)
        {
            throw new DiagnosticException(At(e.Span, "Template error: " + e.OriginalMessage));
        }
    }

    private Template Parse(string path) => _parsed.GetOrAdd(path, p => new Lazy<Template>(() =>
    {
        var template = Template.Parse(File.ReadAllText(p), p);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new DiagnosticException(At(first.Span, "Template syntax error: " + first.Message));
        }
        return template;
    })).Value;

    private Diagnostic At(SourceSpan span, string message) => Diagnostic.Error(
        Path.GetRelativePath(siteRoot, span.FileName ?? themeFolder).Replace('\\', '/'), span.Start.Line + 1, span.Start.Column + 1, message,
        "Fix the template; see https://github.com/scriban/scriban/blob/master/doc/language.md for the syntax.");

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn-html", StringComparison.Ordinal) ? templateName : templateName + ".sbn-html";
        var path = Path.GetFullPath(Path.Combine(themeFolder, "partials", name));
        if (!PathContainment.IsInsideResolved(themeFolder, path))
            throw new DiagnosticException(At(callerSpan, $"Partial '{templateName}' is outside the theme folder; a template may include only files of its theme."));
        if (!File.Exists(path))
            throw new DiagnosticException(At(callerSpan, $"Partial '{templateName}' not found in {Path.Combine(themeFolder, "partials")}."));
        return path;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(File.ReadAllText(templatePath));
}
