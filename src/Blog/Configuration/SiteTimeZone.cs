using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Configuration;

/// <summary>
/// The site's time zone (statiq.json <c>timeZone</c>): a fixed UTC offset such as <c>"+08:00"</c>
/// or an IANA zone name such as <c>"Asia/Shanghai"</c> or <c>"America/New_York"</c> (daylight
/// saving time included). Every date of the site is shown in this zone, never in the build
/// machine's (<c>TZ</c>), so URLs, archives and <c>datetime</c> attributes are the same everywhere.
/// </summary>
public static partial class SiteTimeZone
{
    /// <summary>Reads <paramref name="text"/> as an offset (<c>±hh:mm</c>, <c>±hhmm</c>, <c>Z</c>, <c>UTC</c>) or an IANA name; null if it is neither.</summary>
    public static TimeZoneInfo? TryParse(string text)
    {
        text = text.Trim();
        if (text is "Z" or "UTC") return TimeZoneInfo.Utc;
        if (Offset().Match(text) is { Success: true } m)
        {
            var offset = OffsetOf(m.Groups["sign"].Value, m.Groups["h"].Value, m.Groups["m"].Value);
            if (offset is not { } o || o.Duration() > TimeSpan.FromHours(14)) return null;
            return TimeZoneInfo.CreateCustomTimeZone("UTC" + text, o, "UTC" + text, "UTC" + text);
        }
        if (!text.Contains('/') && text != "UTC") return null; // IANA names are Area/Location; "CST" is ambiguous
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>A UTC offset from its parts; null when out of range.</summary>
    internal static TimeSpan? OffsetOf(string sign, string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var min = minutes.Length > 0 ? int.Parse(minutes, CultureInfo.InvariantCulture) : 0;
        if (h > 14 || min > 59) return null;
        var span = new TimeSpan(h, min, 0);
        return sign == "-" ? -span : span;
    }

    /// <summary>
    /// A wall-clock time read in <paramref name="zone"/>. In a daylight-saving gap (a time that does
    /// not exist) or overlap (one that exists twice) the zone's standard offset is used.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(local) || zone.IsAmbiguousTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The same instant, with the offset <paramref name="zone"/> has at that instant.</summary>
    public static DateTimeOffset ToZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d\d):?(?<m>\d\d)$")]
    private static partial Regex Offset();
}
