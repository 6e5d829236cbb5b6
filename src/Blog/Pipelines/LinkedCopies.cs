using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Blog.Pipelines;

/// <summary>
/// Puts files that every build writes unchanged (MathJax's 239 files, Pagefind's scripts) into an
/// output folder as hard links to a private copy kept in <paramref name="folder"/>
/// (<c>.cache/assets</c>), instead of copying their bytes on every build. The output stays a complete
/// folder of its own: deleting or swapping it never touches the copy.
/// <para>
/// The private copy, never the source itself (<c>node_modules</c>), is what is linked, so a user who
/// edits a file of <c>output/</c> in place cannot change the source. Such an edit does change the
/// shared copy: a copy is only linked while its size and modification time are still the source's
/// (the time is set on the copy when it is made, and any write moves it), otherwise it is made again,
/// beside and renamed into place, so outputs that link the old copy keep their bytes. Each copy's
/// SHA-256 is kept beside it (<c>.sha256</c>, itself a <see cref="VerifiedFile"/>) and checked before
/// it is linked, so a byte changed in place with its size and time kept is not published either.
/// Where links cannot be made (another file system, no <c>link(2)</c>) the file is copied.
/// </para>
/// </summary>
public sealed class LinkedCopies(string folder)
{
    /// <summary>The private copies of a site: <c>&lt;siteRoot&gt;/.cache/assets</c>.</summary>
    public static LinkedCopies For(string siteRoot) => new(Path.Combine(siteRoot, ".cache", "assets"));

    /// <summary>Puts <paramref name="source"/>'s bytes at <paramref name="target"/> (replaced if present).</summary>
    /// <remarks>A private copy that cannot be made (the cache folder is a file, read-only, the disk full) is skipped
    /// with one warning (<see cref="CacheProblems"/>): the file is copied instead.</remarks>
    public void Place(string source, string target)
    {
        var info = new FileInfo(source);
        if (OperatingSystem.IsWindows() || CopyOf(info) is not { } copy || !TryLink(copy, target))
            File.Copy(source, target, overwrite: true);
    }

    /// <summary>
    /// The private copy of <paramref name="source"/>, made again unless it still has the source's size and
    /// time and the SHA-256 recorded when it was made (a changed byte is caught even with size and time kept);
    /// null when it cannot be made.
    /// </summary>
    private string? CopyOf(FileInfo source)
    {
        // Named by the source's full path: two sources never share a copy, and one source keeps its copy across builds.
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.FullName)))[..32] + "-" + source.Name;
        var copy = new FileInfo(Path.Combine(folder, name));
        var hashFile = copy.FullName + ".sha256";
        try
        {
            if (copy.Exists && copy.Length == source.Length && copy.LastWriteTimeUtc == source.LastWriteTimeUtc
                && VerifiedFile.Read(hashFile) is { } recorded && recorded == HashOf(copy.FullName))
                return copy.FullName;
            Directory.CreateDirectory(folder);
            var temporary = copy.FullName + "." + Guid.NewGuid().ToString("N");
            File.Copy(source.FullName, temporary);
            File.SetLastWriteTimeUtc(temporary, source.LastWriteTimeUtc);
            var hash = HashOf(temporary);
            File.Move(temporary, copy.FullName, overwrite: true);
            return VerifiedFile.Write(hashFile, hash) ? copy.FullName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CacheProblems.Skipped(folder, e);
            return null;
        }
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static bool TryLink(string existing, string target)
    {
        if (File.Exists(target)) File.Delete(target);
        try
        {
            return link(existing, target) == 0; // EXDEV (another file system), EPERM…: the caller copies
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // a C library without link(2) under that name: copy
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
}
