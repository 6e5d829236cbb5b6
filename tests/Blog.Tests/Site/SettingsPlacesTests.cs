using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>Every statiq.json mistake is reported at its line and column, never as an internal error.</summary>
public sealed class SettingsPlacesTests
{
    private static Diagnostic LoadError(string json)
    {
        using var site = TestSite.Empty();
        site.WriteFile("statiq.json", json);
        return Assert.Throws<DiagnosticException>(() => SiteSettings.Load(Path.Combine(site.Root, "statiq.json"), "statiq.json")).Diagnostic;
    }

    [Theory]
    [InlineData("{\n  \"title\": \"博客\",\n  \"baseUrl\": \"ftp://x/\"\n}", 3, 14, "baseUrl")]
    [InlineData("{\n  \"timeZone\": \"Beijing\"\n}", 2, 15, "timeZone")]
    [InlineData("{\n  // comment\n  \"math\": {\n    \"render\": \"server\"\n  }\n}", 4, 15, "math.render")]
    [InlineData("{\n  \"math\": { \"exFactor\": 3 }\n}", 2, 25, "math.exFactor")]
    [InlineData("{\n  \"postsPerPage\": 0,\n}", 2, 19, "postsPerPage")]
    [InlineData("{\n  \"permalink\": \"/{year}/{yaer}/{slug}/\"\n}", 2, 16, "{yaer}")]
    [InlineData("{\n  \"permalink\": \"/{year}/\"\n}", 2, 16, "{slug}")]
    [InlineData("{\n  \"title\": \"x\",\n  \"titel\": \"y\"\n}", 3, 12, "titel")]
    [InlineData("{\n  \"title\": \"x\"\n  \"author\": \"y\"\n}", 3, 3, "not valid")]
    [InlineData("{\n  \"math\": {\n    \"errors\": 5\n  }\n}", 3, 15, "not valid")]
    [InlineData("{\n  \"math\": {\n    \"errors\": \"loud\"\n  }\n}", 3, 15, "math.errors 'loud' is not \"error\" or \"warn\"")]
    [InlineData("{\n  \"math\": { \"render\": 1 }\n}", 2, 23, "math.render")]
    public void A_wrong_setting_is_placed(string json, int line, int column, string named)
    {
        var error = LoadError(json);
        Assert.Equal("statiq.json", error.File);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(named, error.Message);
        Assert.DoesNotContain("nternal", error.Message);
    }

    [Theory]
    [InlineData("build", "error", MathRender.Build, MathErrors.Error)]
    [InlineData("client", "warn", MathRender.Client, MathErrors.Warn)]
    [InlineData("Client", "WARN", MathRender.Client, MathErrors.Warn)]
    public void Math_keywords_are_read_in_any_case(string render, string errors, MathRender expectedRender, MathErrors expectedErrors)
    {
        using var site = TestSite.Empty();
        site.WriteFile("statiq.json", $"{{ \"math\": {{ \"render\": \"{render}\", \"errors\": \"{errors}\" }} }}");
        var math = SiteSettings.Load(Path.Combine(site.Root, "statiq.json"), "statiq.json").Math;
        Assert.Equal((expectedRender, expectedErrors), (math.Render, math.Errors));
        Assert.Equal(expectedRender == MathRender.Build, math.BuildMode);
        Assert.Equal(render.ToLowerInvariant(), SettingKeywordConverter<MathRender>.Keyword(math.Render));
    }

    [Fact]
    public async Task A_bad_permalink_pattern_fails_the_build_on_statiq_json_not_as_an_internal_error()
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["permalink"] = "/{year}/{title}/{slug}/");
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\n---\n正文\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("statiq.json", error.File);
        Assert.True(error.Line > 0);
        Assert.Contains("unknown placeholder {title}", error.Message);
    }
}
