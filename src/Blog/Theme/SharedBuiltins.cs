using Scriban;
using Scriban.Runtime;

namespace Blog.Theme;

/// <summary>
/// Scriban's builtin objects (<c>string</c>, <c>array</c>, <c>html</c>, <c>math</c>, …) made once per
/// process instead of once per render: a plain <c>new TemplateContext()</c> deep-copies every builtin
/// object, which was 15 % of a page's render in the profile (bench/README.md). Sharing must not let one
/// page's template change what another sees, so:
/// <list type="bullet">
/// <item>each render gets its own top-level builtin object (cheap: one entry per builtin), so a
/// template's assignments land in its own render's objects;</item>
/// <item>the one builtin that holds state a template may set, <c>date</c> (<c>date.format</c>), is
/// copied per render, as Scriban does;</item>
/// <item>every other builtin object is read-only: a template that tries to add a member to, say,
/// <c>string</c> gets Scriban's "readonly" error instead of changing it for every later page.</item>
/// </list>
/// </summary>
public static class SharedBuiltins
{
    private const string StatefulDate = "date";
    private static readonly ScriptObject Shared = Freeze(TemplateContext.GetDefaultBuiltinObject());

    private static ScriptObject Freeze(ScriptObject builtins)
    {
        // Scriban marks its own functions read-only, so Import would leave them: the member is set over it.
        if (builtins["html"] is ScriptObject html) html.SetValue("strip", DynamicCustomFunction.Create(new Func<TemplateContext, string?, string>(StripKeepingFormulas)), true);
        foreach (var (name, value) in builtins)
            if (name != StatefulDate && value is ScriptObject functions) functions.IsReadOnly = true;
        return builtins;
    }

    /// <summary>
    /// <c>html.strip</c> as Scriban's, except that in build mode each formula placeholder (an HTML comment,
    /// which Scriban's strip would drop with the formula) first becomes the formula's TeX, escaped as
    /// Markdig escapes text: the result is what client mode gives, where the TeX is the element's text.
    /// </summary>
    private static string StripKeepingFormulas(TemplateContext context, string? text)
    {
        if (text is not null && context is IFormulaContext { Formulas: { } table } place && table.HasPlaceholders(text))
            text = table.Splice(text, place.Origin, e => EscapeText(e.Tex));
        return Scriban.Functions.HtmlFunctions.Strip(context, text) ?? "";
    }

    /// <summary>What Markdig's HTML renderer writes for text: <c>&amp; &lt; &gt; "</c> as entities.</summary>
    private static string EscapeText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    /// <summary>A builtin object for one <see cref="TemplateContext"/>: shared read-only functions and its own <c>date</c>.</summary>
    public static ScriptObject ForOneRender()
    {
        var builtins = new ScriptObject(Shared.Count + 1);
        foreach (var (name, value) in Shared)
            builtins.SetValue(name, name == StatefulDate && value is ScriptObject date ? date.Clone(true) : value, false);
        return builtins;
    }
}
