using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// A disk that cannot take the output (full, over quota, read-only, not writable by the builder) as
/// one error naming the output folder and what to do, instead of a stack trace or an internal error
/// per page. The error is the same value wherever it is met, so the build reports it once.
/// Errno values are Linux's (errno(3)): .NET puts the raw errno in an IOException's HResult on Unix.
/// </summary>
public static class DiskErrors
{
    private const int NoSpace = 28, ReadOnly = 30, Quota = 122;

    /// <summary>Whether <paramref name="e"/> says the disk cannot be written (full, over quota, read-only).</summary>
    public static bool IsDiskFull(Exception e) => e is IOException { HResult: NoSpace or Quota or ReadOnly };

    /// <summary>The error for <paramref name="e"/> when it is a disk that cannot be written, else null.</summary>
    public static Diagnostic? For(Exception e, string outputFolder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(outputFolder)) + "/";
        return e switch
        {
            IOException { HResult: NoSpace or Quota } => Diagnostic.Error(name, 0, 0,
                $"The disk of {name} is full, so the build could not be written. {name} is unchanged.",
                "Free some space (or raise the quota) and build again."),
            IOException { HResult: ReadOnly } => Diagnostic.Error(name, 0, 0,
                $"The disk of {name} is read-only, so the build could not be written. {name} is unchanged.",
                "Build on a writable disk, or choose an output folder on one."),
            _ => null,
        };
    }
}
