using Blog.Content;
using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 28.9: a value of the wrong type or out of range, in front matter or in statiq.json, is an error at
/// its line and column saying what is expected, never a .NET type name, an internal error or a hang.
/// </summary>
public sealed class TypedInputTests
{
    private static Diagnostic EntryError(string frontMatter, string file = "input/posts/x.md")
    {
        var (fm, _) = FrontMatterParser.Parse(file, $"---\n{frontMatter}\n---\n\n正文\n");
        return Assert.Throws<DiagnosticException>(() => EntryReader.Read(file, "posts/x.md", fm, EntryKind.Post, new SiteSettings())).Diagnostic;
    }

    private static Diagnostic ParseError(string frontMatter) =>
        Assert.Throws<DiagnosticException>(() => FrontMatterParser.Parse("x.md", $"---\n{frontMatter}\n---\n")).Diagnostic;

    [Theory]
    [InlineData("title: [a, b]\ndate: 2020-01-01", 2, 8, "'title' is a list")]
    [InlineData("title: {a: b}\ndate: 2020-01-01", 2, 8, "'title' is a mapping")]
    [InlineData("title: t\ndate: 2020-01-01\nauthor:\n  - x\n  - y", 4, 3, "'author' is a list")]
    [InlineData("title: t\ndate: [2020-01-01]", 3, 7, "'date' is a list")]
    [InlineData("title: t\ndate: 2020-01-01\ntags: [[a, b]]", 4, 7, "'tags' is a list")]
    [InlineData("title: t\ndate: 2020-01-01\ncategories: {a: 1}", 4, 13, "'categories' is a mapping")]
    [InlineData("title: t\ndate: 2020-01-01\nslug: [a]", 4, 7, "'slug' is a list")]
    public void A_list_or_mapping_where_one_value_belongs_is_an_error_at_its_value(string frontMatter, int line, int column, string words)
    {
        var error = EntryError(frontMatter);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(words, error.Message);
        Assert.DoesNotContain("System.", error.Message);
    }

    [Theory]
    [InlineData("title: t\n[a, b]: x", 3, 1)]
    [InlineData("title: t\n{a: 1}: x", 3, 1)]
    [InlineData("title: t\nextra:\n  [a]: x", 4, 3)]
    [InlineData("title: t\n? - a\n  - b\n: x", 3, 3)]
    public void A_list_or_mapping_as_a_key_is_an_error_at_the_key(string frontMatter, int line, int column)
    {
        var error = ParseError(frontMatter);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("keys must be names", error.Message);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31 23:00 -05:00")]
    [InlineData("0001-01-01 00:00 +14:00")]
    [InlineData("9999-12-31")] // on the +08:00 site: still 9999, but midnight there is 16:00 the day before in UTC; fine
    public void A_date_outside_what_can_be_represented_is_an_error_at_its_value(string date)
    {
        var (fm, _) = FrontMatterParser.Parse("x.md", $"---\ntitle: t\ndate: {date}\n---\n");
        if (date == "9999-12-31")
        {
            Assert.Equal(9999, EntryReader.Read("x.md", "posts/x.md", fm, EntryKind.Post, new SiteSettings()).Date!.Value.Year);
            return;
        }
        var error = EntryError($"title: t\ndate: {date}");
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("not a date", error.Message);
        Assert.Contains("0001 to 9999", error.Hint);
    }

    [Theory]
    [InlineData(300, "a")]
    [InlineData(90, "数")] // 270 bytes of UTF-8
    public void A_slug_too_long_for_a_file_name_is_an_error_saying_the_limit(int count, string letter)
    {
        var error = EntryError($"title: t\ndate: 2020-01-01\nslug: {string.Concat(Enumerable.Repeat(letter, count))}");
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Contains("255 bytes", error.Message);
    }

    [Theory]
    [InlineData("a-b-c", 3, "a-b")]
    [InlineData("数学分析", 6, "数学")]
    [InlineData("abc", 10, "abc")]
    public void Shortened_slugs_fit_and_end_at_a_dash_or_a_whole_character(string slug, int bytes, string expected) =>
        Assert.Equal(expected, Slugs.Shorten(slug, bytes));

    [Fact]
    public void New_with_a_long_title_makes_a_slug_that_fits()
    {
        using var site = TestSite.Empty();
        var result = site.RunCli("new", string.Join(" ", Enumerable.Repeat("一个很长的标题", 40)), "--input", Path.Combine(site.Root, "input"));
        Assert.Equal(0, result.ExitCode);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "input", "posts")));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileNameWithoutExtension(file)), 1, Slugs.MadeSlugBytes);
    }

    private static Diagnostic SettingsError(string json)
    {
        using var site = TestSite.Empty();
        site.WriteFile("statiq.json", json);
        return Assert.Throws<DiagnosticException>(() => SiteSettings.Load(Path.Combine(site.Root, "statiq.json"), "statiq.json")).Diagnostic;
    }

    [Theory]
    [InlineData("{\n  \"compute\": { \"blockTimeout\": -1 }\n}", 2, 32, "compute.blockTimeout is -1")]
    [InlineData("{\n  \"compute\": { \"memoryLimit\": -1 }\n}", 2, 31, "compute.memoryLimit is -1")]
    [InlineData("{\n  \"compute\": { \"pageTimeout\": 0 }\n}", 2, 31, "compute.pageTimeout is 0")]
    [InlineData("{\n  \"compute\": { \"workers\": -2 }\n}", 2, 27, "compute.workers is -2")]
    [InlineData("{\n  \"compute\": { \"outputLimit\": 0 }\n}", 2, 31, "compute.outputLimit is 0")]
    [InlineData("{\n  \"feedSize\": -1\n}", 2, 15, "feedSize is -1")]
    [InlineData("{\n  \"limits\": { \"yamlNodes\": 0 }\n}", 2, 28, "limits.yamlNodes is 0")]
    [InlineData("{\n  \"math\": { \"formulaTimeout\": -5 }\n}", 2, 31, "math.formulaTimeout is -5")]
    public void A_number_out_of_its_range_is_an_error_at_its_place(string json, int line, int column, string words)
    {
        var error = SettingsError(json);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(words, error.Message);
        Assert.Contains("at least", error.Message);
    }

    [Fact]
    public void Every_number_in_the_settings_has_a_range() => Assert.Empty(SettingRanges.Unchecked(typeof(SiteSettings)));

    [Theory]
    [InlineData("/../../x-{slug}/")]
    [InlineData("/./{slug}/")]
    [InlineData("/{year}/../{slug}/")]
    [InlineData("/a\\\\..\\\\{slug}/")]
    public void A_permalink_that_leaves_the_output_folder_is_an_error(string permalink)
    {
        var error = SettingsError($"{{\n  \"permalink\": \"{permalink}\"\n}}");
        Assert.Equal((2, 16), (error.Line, error.Column));
        Assert.Contains("outside output/", error.Message);
    }
}
