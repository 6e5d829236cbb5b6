using System.Security.Cryptography;
using System.Text;

namespace Blog.Pipelines;

/// <summary>
/// A cache file that proves its own integrity: its first line is the SHA-256 of the rest. A file
/// changed by anything but <see cref="Write"/> (a flipped byte, a hand edit, a half-written copy)
/// reads as missing, so a damaged cache entry is recomputed instead of reaching the output.
/// Written beside and renamed into place, so a build stopped halfway never leaves half a file.
/// </summary>
public static class VerifiedFile
{
    /// <summary>
    /// Writes <paramref name="content"/> under its hash. A cache that cannot be written (its folder is a
    /// file, the file a folder, the disk full or read-only) is not kept: false, and the next build makes
    /// the entry again, instead of a build failing on an optimisation; the build gets one warning
    /// (<see cref="CacheProblems"/>).
    /// </summary>
    public static bool Write(string path, string content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(temporary, Hash(content) + "\n" + content, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception) { /* nothing was written, or it cannot be removed either */ }
            CacheProblems.Skipped(Path.GetDirectoryName(path)!, e);
            return false;
        }
    }

    /// <summary>The content written by <see cref="Write"/>, or null when the file is missing, unreadable or changed since.</summary>
    public static string? Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var text = File.ReadAllText(path, Encoding.UTF8);
            var newline = text.IndexOf('\n');
            return newline == 64 && Hash(text[(newline + 1)..]) == text[..newline] ? text[(newline + 1)..] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
