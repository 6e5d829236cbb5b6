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
        foreach (var (name, value) in builtins)
            if (name != StatefulDate && value is ScriptObject functions) functions.IsReadOnly = true;
        return builtins;
    }

    /// <summary>A builtin object for one <see cref="TemplateContext"/>: shared read-only functions and its own <c>date</c>.</summary>
    public static ScriptObject ForOneRender()
    {
        var builtins = new ScriptObject(Shared.Count + 1);
        foreach (var (name, value) in Shared)
            builtins.SetValue(name, name == StatefulDate && value is ScriptObject date ? date.Clone(true) : value, false);
        return builtins;
    }
}
