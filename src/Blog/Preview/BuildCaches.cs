namespace Blog.Preview;

/// <summary>
/// What the preview keeps between builds so that a rebuild redoes only what a change touched.
/// Which cache a change clears: a post or page is found changed by its content, so edits to
/// content keep every cache; statiq.json or anything unknown clears them all.
/// </summary>
public sealed class BuildCaches
{
    public IEnumerable<object> Services => [];

    public void Invalidate(IReadOnlySet<string> changed, Site.BuildOptions options)
    {
    }

    public void Clear()
    {
    }
}
