using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Build mode: replaces the TeX in each page's HTML (and its excerpt) by MathJax's CHTML, all
/// formulas of a page in one MathJax document so numbering and \eqref work as in the browser.
/// TeX errors become diagnostics at the Markdown file and line of the formula. Client mode: does nothing.
/// </summary>
public sealed class TypesetMath(MathTypesetter typesetter, MathSettings settings) : DocumentModule
{
    private int _setupReported;

    /// <summary>
    /// The work is done by the workers: keep a page queued for each, so none waits while this side
    /// reads an answer and prepares the next page.
    /// </summary>
    protected override int MaxParallelism(PipelineContext context) => 2 * System.Math.Max(context.MaxParallelism, typesetter.Workers);

    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        if (!settings.BuildMode) return [input];
        var entry = input.Require<Entry>(BlogKeys.Entry);
        var html = input.Get<string>(BlogKeys.Html) ?? "";
        var found = MathElements.Find(html);
        if (found.Count == 0) return [input];

        if (await Typeset(found, entry.SourceFile, context) is not var (page, key)) return [];
        var severity = settings.Errors == "warn" ? Severity.Warning : Severity.Error;
        foreach (var error in page.Errors)
        {
            var formula = found[error.Index];
            context.Diagnostics.Add(new Diagnostic(entry.SourceFile, formula.Line, 1, severity,
                $"TeX error: {error.Message} in formula {Shorten(formula.Formula.Text)}",
                severity == Severity.Error ? "Fix the formula, or set \"math\": {\"errors\": \"warn\"} in statiq.json to publish it with the error shown." : null));
        }
        if (severity == Severity.Error && page.Errors.Count > 0) return [];

        var typeset = found.Select((f, i) => (f, page.Html[i])).ToDictionary(x => x.f, x => x.Item2);
        // The excerpt is the first paragraph of the same Markdown, so its formulas are among the page's.
        var byText = found.Select((f, i) => (Key: (f.Line, f.Formula), Html: page.Html[i])).DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Html);
        var excerpt = input.Get<string>(BlogKeys.ExcerptHtml) ?? "";
        return [input.With([
            new(BlogKeys.Html, MathElements.Replace(html, found, f => typeset[f])),
            new(BlogKeys.ExcerptHtml, MathElements.Replace(excerpt, MathElements.Find(excerpt),
                f => byText.TryGetValue((f.Line, f.Formula), out var h) ? h : throw Missing(entry, f))),
            new(MathKeys.TypesetKey, key),
        ])];
    }

    private async Task<(TypesetPage, string)?> Typeset(IReadOnlyList<MathElements.Found> found, string file, PipelineContext context)
    {
        try
        {
            return await typesetter.TypesetAsync(found.Select(f => f.Formula).ToList(), context.CancellationToken);
        }
        catch (Exception e) when (e is NodeMissingException or DiagnosticException)
        {
            // The same for every page: say it once.
            if (Interlocked.Exchange(ref _setupReported, 1) == 0)
                context.Diagnostics.Add(e is DiagnosticException d ? d.Diagnostic : Diagnostic.Error("statiq.json", 0, 0, e.Message,
                    "Install Node.js (https://nodejs.org), set \"math\": {\"node\": \"/path/to/node\"}, or set \"math\": {\"render\": \"client\"} in statiq.json."));
            return null;
        }
        catch (FormulaTimeoutException e)
        {
            var formula = found[e.Index];
            throw new DiagnosticException(Diagnostic.Error(file, formula.Line, 1,
                $"MathJax did not finish the formula {First(formula.Formula.Text, 60)} within {e.Limit.TotalSeconds:0.#} s (math.formulaTimeout) and was stopped. The page was not written.",
                "Split or simplify the formula, or raise \"math\": {\"formulaTimeout\": seconds} in statiq.json."));
        }
        catch (MathWorkerException e)
        {
            var log = string.Join("\n    ", e.Log.Split('\n').TakeLast(5));
            throw new DiagnosticException(Diagnostic.Error(file, found[0].Line, 1, e.Message + " The page was not written.",
                log.Length > 0 ? "MathJax said: " + log : null));
        }
    }

    private static DiagnosticException Missing(Entry entry, MathElements.Found f) => new(Diagnostic.Error(entry.SourceFile, f.Line, 1,
        $"The formula {Shorten(f.Formula.Text)} of the excerpt is not among the page's formulas, so it was not typeset."));

    /// <summary>The first <paramref name="count"/> characters of a formula on one line, "…" when cut.</summary>
    private static string First(string tex, int count)
    {
        var flat = string.Join(' ', tex.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= count ? flat : flat[..count] + "…";
    }

    private static string Shorten(string tex) => First(tex, 80);
}
