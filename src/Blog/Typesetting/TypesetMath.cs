using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.Formulas;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Build mode: typesets the formulas found on the page's trees (body, title, summary, in the order they
/// will be written: <see cref="PostFormulas"/>) in one MathJax document, so numbering and \eqref work as
/// in the browser, and leaves what each formula's place gets as data (<see cref="TypesetFormulas"/>) for
/// the one rendering (<see cref="RenderMarkdown"/>).
/// TeX errors become diagnostics at the Markdown file and line of the formula. Client mode: does nothing.
/// </summary>
/// <param name="formulas">
/// When given, the pages' HTML carries each formula's placeholder from this table instead of its CHTML,
/// until the page is written (<see cref="FormulaTable"/>); without it, the CHTML itself.
/// </param>
public sealed class TypesetMath(MathTypesetter typesetter, MathSettings settings, FormulaTable? formulas = null) : DocumentModule
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
        // One MathJax pass per page: the body's formulas (numbering and \eqref as in the browser), then the title's and the summary's.
        var formulas = input.Require<PostFormulas>(BlogKeys.Formulas);
        var found = formulas.All;
        if (found.Count == 0) return [input];

        if (await Typeset(found, entry.SourceFile, context) is not { } page) return [];
        var severity = settings.Errors == MathErrors.Warn ? Severity.Warning : Severity.Error;
        foreach (var error in page.Errors)
        {
            var formula = found[error.Index];
            context.Diagnostics.Add(new Diagnostic(entry.SourceFile, formula.Line, formula.Column > 0 ? formula.Column : 1, severity,
                $"TeX error: {error.Message} in formula {Shorten(formula.Text)}",
                severity == Severity.Error ? "Fix the formula, or set \"math\": {\"errors\": \"warn\"} in statiq.json to publish it with the error shown." : null));
        }
        if (severity == Severity.Error && page.Errors.Count > 0) return [];

        // Data for the one rendering that follows (RenderMarkdown): what it writes for each formula.
        return [input.With([
            new(BlogKeys.TypesetFormulas, new TypesetFormulas(formulas, [.. found.Select((f, i) => Placed(f, page.Html[i]))])),
            new(MathKeys.StyleUsage, StyleUsage.Union(page.Usage)),
        ])];
    }

    /// <summary>What the page's HTML holds for a typeset formula: its placeholder, or its CHTML when there is no table.</summary>
    private string Placed(FormulaOccurrence formula, string html) => formulas is null ? html : formulas.Placeholder(formula.Text, html);

    private async Task<TypesetPage?> Typeset(IReadOnlyList<FormulaOccurrence> found, string file, PipelineContext context)
    {
        try
        {
            return await typesetter.TypesetAsync(found.Select(f => new Formula(f.Text, f.Display)).ToList(), context.CancellationToken);
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
                $"MathJax did not finish the formula {First(formula.Text, 60)} within {e.Limit.TotalSeconds:0.#} s (math.formulaTimeout) and was stopped. The page was not written.",
                "Split or simplify the formula, or raise \"math\": {\"formulaTimeout\": seconds} in statiq.json."));
        }
        catch (MathWorkerException e)
        {
            var log = string.Join("\n    ", e.Log.Split('\n').TakeLast(5));
            throw new DiagnosticException(Diagnostic.Error(file, found[0].Line, 1, e.Message + " The page was not written.",
                log.Length > 0 ? "MathJax said: " + log : null));
        }
    }

    /// <summary>The first <paramref name="count"/> characters of a formula on one line, "…" when cut.</summary>
    private static string First(string tex, int count)
    {
        var flat = string.Join(' ', tex.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= count ? flat : flat[..count] + "…";
    }

    private static string Shorten(string tex) => First(tex, 80);
}
