using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Configuration;

/// <summary>
/// Reads a statiq.json keyword ("build", "Client", …) into the enum <typeparamref name="T"/>, ignoring
/// case, and writes it back in camelCase. Unlike <see cref="JsonStringEnumConverter"/> it refuses numbers
/// and reports a wrong word with the words it accepts; the settings loader places that message at
/// the value's line and column in statiq.json.
/// </summary>
public sealed class SettingKeywordConverter<T> : JsonConverter<T> where T : struct, Enum
{
    /// <summary>The keyword of <paramref name="value"/> as statiq.json and the theme's templates spell it ("build").</summary>
    public static string Keyword(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Accepted => string.Join(" or ", Enum.GetValues<T>().Select(v => $"\"{Keyword(v)}\""));

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"expected one of {Accepted}, found {reader.TokenType.ToString().ToLowerInvariant()}.");
        var text = reader.GetString() ?? "";
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(Keyword(value), text, StringComparison.OrdinalIgnoreCase))
                return value;
        throw new JsonException($"'{text}' is not {Accepted}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Keyword(value));
}

/// <summary>Where math is typeset (<c>math.render</c> in statiq.json).</summary>
[JsonConverter(typeof(SettingKeywordConverter<MathRender>))]
public enum MathRender
{
    /// <summary>"build": MathJax typesets every formula when the site is built (needs Node.js).</summary>
    Build,
    /// <summary>"client": MathJax runs in the reader's browser.</summary>
    Client,
}

/// <summary>What a TeX error in a formula does (<c>math.errors</c> in statiq.json).</summary>
[JsonConverter(typeof(SettingKeywordConverter<MathErrors>))]
public enum MathErrors
{
    /// <summary>"error": the build fails with the formula's place.</summary>
    Error,
    /// <summary>"warn": the build reports a warning and goes on.</summary>
    Warn,
}
