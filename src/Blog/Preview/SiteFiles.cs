using Blog.Pipelines;

namespace Blog.Preview;

/// <summary>
/// Finds the file for a destination in the current generation. Only files the build wrote are
/// known (there is no directory listing to fall back on), and a file whose path leads out of the
/// preview folder through a symbolic link is refused.
/// </summary>
public sealed class SiteFiles(Generations generations)
{
    public abstract record Lookup;
    public sealed record Found(string Path, int Generation) : Lookup;
    public sealed record AddSlash : Lookup;
    public sealed record Missing(string? NotFoundPage) : Lookup;
    public sealed record Refused : Lookup;
    public sealed record NotBuilt : Lookup;

    /// <summary>The search index, served beside the generation's files (it is made after them).</summary>
    public PreviewSearch? Search { get; init; }

    /// <summary>The number of the generation being served; null before the first good build.</summary>
    public int? Generation => generations.Current?.Number;

    public Lookup Find(string destination)
    {
        if (generations.Current is not { } current) return new NotBuilt();
        var key = destination.Length == 0 || destination.EndsWith('/') ? destination + "index.html" : destination;
        if (Search?.Find(key) is { } indexed)
            return StaysInside(generations.Root, indexed) ? new Found(indexed, current.Number) : new Refused();
        if (current.Files.TryGetValue(key, out var file))
            return StaysInside(generations.Root, file.Path) ? new Found(file.Path, current.Number) : new Refused();
        if (current.Files.ContainsKey(destination + "/index.html")) return new AddSlash();
        return new Missing(current.Files.TryGetValue("404.html", out var page) && StaysInside(generations.Root, page.Path) ? page.Path : null);
    }

    /// <summary>True when <paramref name="path"/>, with every link on it followed, lies inside <paramref name="root"/>.</summary>
    public static bool StaysInside(string root, string path) => PathContainment.IsInsideResolved(root, path);
}
