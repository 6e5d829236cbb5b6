using Blog.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace Blog.Markup;

/// <summary>
/// Markdig's parse of user text, with its failures turned into diagnostics at a place. Markdig
/// refuses input nested deeper than its limits (128 block quotes or lists; 10,240 delimiters open in
/// one paragraph, see <see cref="Openers.LoneDelimiterParser"/> for those that can never pair) with an
/// <see cref="ArgumentException"/> that names no place; the place is found by parsing ever shorter
/// prefixes of the text (a binary search: about twenty parses, only after a failure).
/// </summary>
public static class MarkdownFailures
{
    /// <param name="file">The Markdown file, for the diagnostic.</param>
    /// <param name="firstLine">Line of the file that the text's first line is.</param>
    public static MarkdownDocument Parse(string text, MarkdownPipeline pipeline, string file, int firstLine)
    {
        LinkScanGuard.Check(text, file, firstLine);
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        catch (Exception e) when (IsMarkdigFailure(e))
        {
            throw Place(e, text, pipeline, file, firstLine, render: false);
        }
    }

    /// <summary>The exceptions Markdig throws on input it refuses (or trips over): each becomes a diagnostic.</summary>
    public static bool IsMarkdigFailure(Exception e) =>
        e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException or InsufficientExecutionStackException;

    /// <summary>
    /// A diagnostic for a failure of Markdig on <paramref name="text"/>, at the place where a prefix of
    /// the text first fails the same way (parsing, and rendering to HTML when <paramref name="render"/>).
    /// </summary>
    public static DiagnosticException Place(Exception e, string text, MarkdownPipeline pipeline, string file, int firstLine, bool render)
    {
        var (line, column) = Locate(text, pipeline, render, e);
        var tooDeep = e.Message.Contains("too deeply nested", StringComparison.Ordinal) || e is InsufficientExecutionStackException;
        var (message, hint) = !tooDeep
            ? ($"Markdig could not parse the Markdown here: {e.Message}",
               "Change the text around this place; please also report it, Markdig should accept any text.")
            : InInlineParser(e)
                ? ("This paragraph has more than 10,240 emphasis or link delimiters (*, _, ~, [) that could still pair up; Markdig holds each open one inside the one before it and refuses past that limit.",
                   "Split the paragraph with a blank line, or escape the characters meant as text (\\*, \\_, \\[).")
                : ("The Markdown here is nested deeper than Markdig's limit (128 levels of block quotes, lists, emphasis or links).",
                   "Nest less deeply. If the characters are meant as text, escape them with a backslash (\\[ or \\>).");
        return new DiagnosticException(Diagnostic.Error(file, line + firstLine - 1, column, message, hint));
    }

    /// <summary>Whether Markdig's inline parser threw (its limit counts open delimiters of one paragraph, not nesting).</summary>
    private static bool InInlineParser(Exception e) =>
        new System.Diagnostics.StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType == typeof(Markdig.Parsers.InlineProcessor));

    /// <summary>1-based line and column of the character at which a prefix of the text first fails to parse.</summary>
    private static (int Line, int Column) Locate(string text, MarkdownPipeline pipeline, bool render, Exception failure)
    {
        int good = 0, bad = text.Length; // a prefix of length `good` parses, one of length `bad` fails
        while (bad - good > 1)
        {
            var middle = good + (bad - good) / 2;
            if (Fails(text[..middle], pipeline, render, failure)) bad = middle;
            else good = middle;
        }
        var at = Math.Max(0, bad - 1);
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) is var n && n >= 0 && n < at ? n + 1 : 0;
        return (line, at - lineStart + 1);
    }

    /// <summary>Whether the prefix fails the way the whole text did (same exception type and message), not for another reason.</summary>
    private static bool Fails(string prefix, MarkdownPipeline pipeline, bool render, Exception failure)
    {
        try
        {
            if (render) Markdig.Markdown.ToHtml(prefix, pipeline);
            else Markdig.Markdown.Parse(prefix, pipeline);
            return false;
        }
        catch (Exception e)
        {
            return e.GetType() == failure.GetType() && e.Message == failure.Message;
        }
    }
}
