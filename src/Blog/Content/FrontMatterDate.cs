using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Content;

/// <summary>
/// Reads a front-matter date. Accepted, as in YAML timestamps, Jekyll and Hugo:
/// <c>2015-05-31</c>, <c>2015-05-31 15:00</c>, <c>2015-05-31 15:00:00</c>, <c>2015-05-31T15:00:00</c>
/// (all read in the site's zone), and the same with a UTC offset after the time, with or without a
/// space and a colon: <c>2015-05-31T15:00:00-05:00</c>, <c>2015-05-28 23:23:39 -05:00</c>,
/// <c>2015-05-28 23:23:39 -0500</c>, <c>…Z</c>; fractions of a second are allowed; <c>2015/05/31</c> too.
/// The result is the written instant shown in the site's zone, so 2015-05-31T15:00:00-05:00 on a
/// +08:00 site is 2015-06-01T04:00:00+08:00, on every build machine.
/// </summary>
public static partial class FrontMatterDate
{
    /// <summary>How to write a date, for error messages.</summary>
    public const string Hint = "Write a date as 2015-05-31 or 2015-05-31 15:00 (read in the site's timeZone), " +
        "or with a UTC offset after the time: 2015-05-31T15:00:00-05:00, 2015-05-31 15:00:00 -05:00, " +
        "2015-05-31 15:00:00 -0500, or Z for UTC (2015-05-31T20:00:00Z); the year from 0001 to 9999, also in UTC and in the site's zone.";

    /// <summary>The instant in <paramref name="siteZone"/>, or null when <paramref name="text"/> is not a date.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo siteZone)
    {
        try
        {
            return Read(text, siteZone);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // year 0, or an instant past 9999-12-31 (or before 0001-01-01) in UTC or in the site's zone
        }
    }

    private static DateTimeOffset? Read(string text, TimeZoneInfo siteZone)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        int Part(string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Part("y"), Part("mo"), Part("d"));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (Part("h") > 23 || Part("mi") > 59 || Part("s") > 59) return null;
        var ticks = m.Groups["f"].Success
            ? (long)(double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond) : 0;
        var local = new DateTime(year, month, day, Part("h"), Part("mi"), Part("s"), DateTimeKind.Unspecified).AddTicks(ticks);
        var zone = m.Groups["z"];
        if (!zone.Success) return SiteTimeZone.FromLocal(local, siteZone);
        if (zone.Value is "Z" or "z") return SiteTimeZone.ToZone(new DateTimeOffset(local, TimeSpan.Zero), siteZone);
        var offset = SiteTimeZone.OffsetOf(m.Groups["sign"].Value, m.Groups["oh"].Value, m.Groups["om"].Value);
        return offset is { } o ? SiteTimeZone.ToZone(new DateTimeOffset(local, o), siteZone) : null;
    }

    // A regex over one front-matter value (not HTML): the forms YAML 1.1 timestamps, Jekyll and Hugo write.
    [GeneratedRegex(@"^(?<y>\d{4})[-/](?<mo>\d{1,2})[-/](?<d>\d{1,2})" +
                    @"(?:(?:[Tt]|[ \t]+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?" +
                    @"(?:[ \t]*(?<z>[Zz]|(?<sign>[+-])(?<oh>\d{1,2})(?::?(?<om>\d{2}))?))?)?$")]
    private static partial Regex Pattern();
}
