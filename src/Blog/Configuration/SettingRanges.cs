using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Blog.Diagnostics;

namespace Blog.Configuration;

/// <summary>
/// Checks every number of the settings against the <see cref="RangeAttribute"/> on its property, in every
/// section (<c>compute</c>, <c>limits</c>, <c>math</c>, …), so that a negative timeout, limit or size is an
/// error at its place in statiq.json instead of a hang or an empty feed. A number without a range is an error
/// of the tool, caught by a test.
/// </summary>
public static class SettingRanges
{
    /// <param name="place">Line and column of a setting's value in statiq.json, by its dotted path ("compute.blockTimeout").</param>
    /// <exception cref="DiagnosticException">At the first number out of its range.</exception>
    public static void Check(object settings, string file, Func<string, (int Line, int Column)> place, string prefix = "")
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not null) continue;
            var name = prefix + JsonName(property);
            var value = property.GetValue(settings);
            if (value is int or double && property.GetCustomAttribute<RangeAttribute>() is { } range && !range.IsValid(value))
            {
                var (line, column) = place(name);
                throw new DiagnosticException(Diagnostic.Error(file, line, column,
                    $"{name} is {Convert.ToString(value, CultureInfo.InvariantCulture)}, but it must be {Describe(range)}.",
                    $"Write a number {Describe(range)}, or leave {name} out for its default."));
            }
            if (value is not null && property.PropertyType.Namespace == typeof(SettingRanges).Namespace && property.PropertyType.IsClass)
                Check(value, file, place, name + ".");
        }
    }

    /// <summary>The numeric settings (dotted paths) that carry no range: none should.</summary>
    public static IEnumerable<string> Unchecked(Type settings, string prefix = "")
    {
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not null) continue;
            var name = prefix + JsonName(property);
            if (property.PropertyType == typeof(int) || property.PropertyType == typeof(double))
            {
                if (property.GetCustomAttribute<RangeAttribute>() is null) yield return name;
            }
            else if (property.PropertyType.Namespace == typeof(SettingRanges).Namespace && property.PropertyType.IsClass)
                foreach (var inner in Unchecked(property.PropertyType, name + ".")) yield return inner;
        }
    }

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name
        ?? SiteSettings.Json.PropertyNamingPolicy!.ConvertName(property.Name);

    private static string Describe(RangeAttribute range)
    {
        var min = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        var above = range.MinimumIsExclusive ? $"more than {min}" : $"at least {min}";
        return max == int.MaxValue.ToString(CultureInfo.InvariantCulture) ? above : $"{above} and {(range.MaximumIsExclusive ? "less than" : "at most")} {max}";
    }
}
