using System.Text.RegularExpressions;
using Blog.Content;
using Blog.Tests.Support;

namespace Blog.Tests.Content;

/// <summary>
/// Front-matter dates are instants shown in the site's zone (statiq.json timeZone), whatever the
/// build machine's TZ: the forms of YAML, Jekyll and Hugo are read, a bad date is an error at its value.
/// </summary>
public sealed class FrontMatterDateTests
{
    private static readonly TimeZoneInfo Beijing = SiteTimeZone.TryParse("+08:00")!;

    [Theory]
    [InlineData("2015-05-31T15:00:00-05:00", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31 15:00:00 -05:00", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31 15:00:00 -0500", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31 15:00:00-0500", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31T15:00-05:00", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31T20:00:00Z", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31T20:00:00.250Z", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-31 21:30:00 +01:30", "2015-06-01T04:00:00+08:00")]
    [InlineData("2015-05-28 23:23:39 -05:00", "2015-05-29T12:23:39+08:00")]
    [InlineData("2015-05-31", "2015-05-31T00:00:00+08:00")]
    [InlineData("2015-05-31 15:00", "2015-05-31T15:00:00+08:00")]
    [InlineData("2015-05-31T15:00:00", "2015-05-31T15:00:00+08:00")]
    [InlineData("2015/5/31", "2015-05-31T00:00:00+08:00")]
    public void Dates_are_instants_shown_in_the_sites_zone(string written, string expected)
    {
        var date = FrontMatterDate.Parse(written, Beijing);
        Assert.NotNull(date);
        Assert.Equal(expected, date.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2015-13-01")]
    [InlineData("2015-02-30")]
    [InlineData("2015-05-31 25:00")]
    [InlineData("2015-05-31T15:00:00 EST")]
    [InlineData("2015-05-31T15:00:00+5:00:00")]
    [InlineData("2015-05-31T15:00:00+15:00")]
    [InlineData("昨天")]
    [InlineData("31.05.2015")]
    public void Not_a_date(string written) => Assert.Null(FrontMatterDate.Parse(written, Beijing));

    [Fact]
    public void An_IANA_zone_follows_daylight_saving_time()
    {
        var newYork = SiteTimeZone.TryParse("America/New_York")!;
        Assert.Equal(TimeSpan.FromHours(-4), FrontMatterDate.Parse("2015-07-01 12:00", newYork)!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(-5), FrontMatterDate.Parse("2015-01-01 12:00", newYork)!.Value.Offset);
        var shanghai = SiteTimeZone.TryParse("Asia/Shanghai")!;
        Assert.Equal(new DateTimeOffset(2015, 6, 1, 4, 0, 0, TimeSpan.FromHours(8)),
            FrontMatterDate.Parse("2015-05-31T15:00:00-05:00", shanghai));
        Assert.Null(SiteTimeZone.TryParse("Mars/Olympus"));
        Assert.Null(SiteTimeZone.TryParse("CST"));
        Assert.Null(SiteTimeZone.TryParse("8"));
    }

    private const string Post = "---\ntitle: 时区\ndate: 2015-05-31T15:00:00-05:00\n---\n六月一日凌晨写下的 $x$。\n";

    [Theory]
    [InlineData("+08:00")]
    [InlineData("Asia/Shanghai")]
    public void The_url_archive_and_datetime_are_the_same_whatever_the_build_machines_TZ(string siteZone)
    {
        foreach (var tz in new[] { "UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati" })
        {
            using var site = TestSite.Empty();
            site.Settings(s => s["timeZone"] = siteZone).WriteFile("input/posts/zone.md", Post);
            var run = site.RunCliWith(new Dictionary<string, string> { ["TZ"] = tz }, "build");
            Assert.True(run.ExitCode == 0, $"TZ={tz}: {run}");

            var page = site.Html("2015/06/zone/");
            Assert.Equal("2015-06-01T04:00:00+08:00", page.QuerySelector("time")!.GetAttribute("datetime"));
            var archive = site.Html("archives/");
            Assert.Equal("2015-06-01T04:00:00+08:00", archive.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Contains("/2015/06/zone/", archive.QuerySelector("li a")!.GetAttribute("href"));
            Assert.Contains("<published>2015-06-01T04:00:00+08:00</published>", site.ReadOutput("atom.xml"));
        }
    }

    [Theory]
    [InlineData("date: 2015-05-31T15:00:00 EST", "date", 3)]
    [InlineData("date: 2015-31-05", "date", 3)]
    [InlineData("date: 2015-05-31\nupdated:   2015-06-31 10:00 +0800", "updated", 4)]
    public void A_bad_date_is_an_error_at_its_value_that_says_how_to_write_an_offset(string lines, string key, int line)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/bad.md", $"---\ntitle: 坏日期\n{lines}\n---\n正文\n");
        var run = site.RunCli("build");
        Assert.True(run.ExitCode != 0, run.ToString());
        var error = Assert.Single(run.Stderr.Split('\n'), l => l.Contains(": error:"));
        var column = lines.Split('\n')[line - 3].IndexOf(':') + 1;
        column += lines.Split('\n')[line - 3][column..].TakeWhile(c => c == ' ').Count() + 1;
        Assert.Matches($@"input/posts/bad\.md\({line},{column}\): error: .*\({key}\)", error);
        Assert.Contains("-05:00", run.Stderr);
        Assert.Contains("-0500", run.Stderr);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("+8")]
    [InlineData("东八区")]
    public void A_bad_site_zone_is_reported(string zone)
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["timeZone"] = zone).WriteFile("input/posts/x.md", Post);
        var run = site.RunCli("build");
        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Matches(new Regex("timeZone .* neither a UTC offset nor a known IANA time zone"), run.Stderr);
        Assert.Contains("Asia/Shanghai", run.Stderr);
    }
}
