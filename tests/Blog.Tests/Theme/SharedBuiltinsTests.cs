using Blog.Diagnostics;
using Blog.Theme;
using Blog.Tests.Support;
using Scriban.Runtime;

namespace Blog.Tests.Theme;

/// <summary>
/// Scriban's builtins are made once and shared by every render (<see cref="SharedBuiltins"/>); no page's
/// template may see what another page's template set.
/// </summary>
public sealed class SharedBuiltinsTests
{
    private static (ThemeTemplates Templates, TestSite Site) Theme(params (string Name, string Text)[] layouts)
    {
        var site = TestSite.Empty();
        foreach (var (name, text) in layouts) site.WriteFile($"theme/layouts/{name}.sbn-html", text);
        return (new ThemeTemplates(site.Root, ThemeFolders.For(Path.Combine(site.Root, "theme"))), site);
    }

    private static ScriptObject Page(string title)
    {
        var globals = new ScriptObject();
        globals.SetValue("page", title, true);
        return globals;
    }

    [Fact]
    public void Two_pages_rendered_with_a_template_that_sets_variables_do_not_see_each_other_s()
    {
        var (templates, site) = Theme(("sets",
            "{{ if seen }}saw {{ seen }};{{ end }}{{ seen = page }}{{ date.format = \"%Y\" }}{{ date.parse \"2020-03-04\" }}"),
            ("reads", "{{ if seen }}saw {{ seen }};{{ end }}{{ date.parse \"2020-03-04\" }}"));
        using var _ = site;
        Assert.Equal("2020", templates.Render("sets", Page("甲")));
        Assert.Equal("2020", templates.Render("sets", Page("乙")));
        // The other layout still has date's default format, and no "seen".
        Assert.Equal("04 Mar 2020", templates.Render("reads", Page("丙")));
    }

    [Fact]
    public void Pages_rendered_at_once_on_many_threads_each_see_only_their_own_values()
    {
        var (templates, site) = Theme(("sets", "{{ x = page }}{{ date.format = page }}{{ x }}/{{ date.format }}"));
        using var _ = site;
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = templates.Render("sets", Page("p" + i)));
        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal($"p{i}/p{i}", results[i]));
    }

    [Fact]
    public void A_template_that_changes_a_shared_builtin_gets_an_error_at_its_line()
    {
        var (templates, site) = Theme(("changes", "一\n{{ string.shout = 1 }}"), ("reads", "{{ string.shout }}|{{ \"a\" | string.upcase }}"));
        using var _ = site;
        var error = Assert.Throws<DiagnosticException>(() => templates.Render("changes", Page("甲"))).Diagnostic;
        Assert.Equal(2, error.Line);
        Assert.Contains("readonly", error.Message);
        Assert.Equal("|A", templates.Render("reads", Page("乙")));
    }
}
