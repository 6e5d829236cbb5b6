using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Diagnostics;
using Blog.Markup.Diagrams;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// TeX's first error in a diagram → a diagnostic at the Markdown line TeX names (<c>l.N</c> of the
/// document mapped back through <see cref="TikzSource"/>), with TeX's message and a hint. Errors TeX
/// names no useful line for are placed by what they are about: a missing package at the
/// <c>packages:</c> option or the <c>\usepackage</c> that asks for it, with the packages the engine
/// ships; a file TeX cannot find (the engine reads only its own files) at the line that names it;
/// a character the engine's fonts lack (Chinese) at its line, saying so.
/// </summary>
public static partial class TikzErrors
{
    public static Diagnostic Place(TikzTexError error, TikzBlock block, TikzSource source, string file, IReadOnlyList<string> packages, IReadOnlyList<string> libraries)
    {
        var lines = block.Tex.ReplaceLineEndings("\n").Split('\n');
        var line = error.Line is { } l && source.BodyIndex(l) is { } index ? block.TexLine + index : block.TexLine;
        int LineNaming(string text)
        {
            var found = Array.FindIndex(lines, x => x.Contains(text, StringComparison.Ordinal));
            return found >= 0 ? block.TexLine + found : line;
        }
        var at = error.Context.Length > 0 ? $" (at '{Shorten(error.Context)}')" : "";
        const string warnHint = "Fix the TeX, or set \"tikz\": {\"errors\": \"warn\"} in statiq.json to publish the page with the error shown.";

        if (MissingFile().Match(error.Message) is { Success: true } missing)
        {
            var name = missing.Groups[1].Value;
            if (name.EndsWith(".sty", StringComparison.Ordinal))
            {
                var package = name[..^4];
                var place = block.Options.Packages.Contains(package) ? block.FileLine("packages") : LineNaming(package);
                return Diagnostic.Error(file, place, 1, $"The TikZ engine has no LaTeX package '{package}'.",
                    "Packages it ships: " + string.Join(", ", packages.Where(p => !Versioned().IsMatch(p))) + ".");
            }
            return Diagnostic.Error(file, LineNaming(Path.GetFileNameWithoutExtension(name)), 1,
                $"TeX asked for the file '{name}', which the TikZ engine does not have.",
                "A diagram can read only the engine's own TeX files, nothing of the site or the machine (\\input, \\openin, \\include): put the TeX into the block.");
        }
        if (Unicode().Match(error.Message) is { Success: true } unicode && IsCjk(int.Parse(unicode.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
            return Diagnostic.Error(file, line, 1,
                $"The TikZ engine cannot draw the character '{char.ConvertFromUtf32(int.Parse(unicode.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))}'{at}: its TeX (node-tikzjax, TeX compiled to WebAssembly) has 8-bit Computer Modern fonts only and no CJK font, so Chinese, Japanese and Korean text cannot be set in a diagram.",
                "Put the words into the caption (%| fig-cap: …), or label the node with Latin letters or math.");
        if (error.Message.Contains("tikz library", StringComparison.Ordinal))
            return Diagnostic.Error(file, block.FileLine("libraries"), 1,
                $"TeX error in the tikz diagram: {error.Message}", "Libraries the engine ships: " + string.Join(", ", libraries) + ".");
        return Diagnostic.Error(file, line, 1, $"TeX error in the tikz diagram: {error.Message}{at}", warnHint);
    }

    private static bool IsCjk(int code) => code is >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"File `([^']+)' not found")]
    private static partial Regex MissingFile();

    [GeneratedRegex(@"Unicode character .*\(U\+([0-9A-Fa-f]{4,6})\)")]
    private static partial Regex Unicode();

    [GeneratedRegex(@"-\d")]
    private static partial Regex Versioned();
}
