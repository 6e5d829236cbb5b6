using System.Collections.Concurrent;
using System.Globalization;
using Blog.Pipelines;

namespace Blog.Content;

/// <summary>
/// Leaves out posts dated after the build's time (scheduled posts), as Hugo does unless
/// <c>buildFuture</c>: they appear in no page, list, feed, sitemap, search index or tag page, and
/// each is named in <paramref name="scheduled"/>. With <paramref name="includeFuture"/> (<c>--future</c>)
/// they are kept and marked <see cref="BlogKeys.Scheduled"/>, so the preview can label them.
/// Runs after the preview's document cache, so a post whose time comes during a session appears at the next rebuild.
/// </summary>
/// <param name="now">The build's time, asked once per run.</param>
public sealed class ExcludeScheduled(bool includeFuture, Func<DateTimeOffset> now, ScheduledPosts? scheduled = null) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var time = now();
        var kept = new List<Document>(inputs.Count);
        foreach (var doc in inputs)
        {
            var entry = doc.Require<Entry>(BlogKeys.Entry);
            if (entry.Date is not { } date || date <= time) kept.Add(doc);
            else if (includeFuture) kept.Add(doc.With(BlogKeys.Scheduled, true));
            else scheduled?.Add(new ScheduledPost(entry.SourceFile, date));
        }
        return Task.FromResult<IReadOnlyList<Document>>(kept);
    }
}

/// <summary>A post left out because its date is after the build's time.</summary>
/// <param name="File">Its Markdown file, relative to the site root.</param>
/// <param name="Date">Its date, in the site's time zone: when it will appear (at the first build after it).</param>
public sealed record ScheduledPost(string File, DateTimeOffset Date)
{
    /// <summary>The line the console and the preview print for it.</summary>
    public override string ToString() =>
        $"{File}: scheduled for {Date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}; left out until a build after that time (build --future includes it now).";
}

/// <summary>The scheduled posts one build left out, collected from its pipelines (thread-safe).</summary>
public sealed class ScheduledPosts
{
    private readonly ConcurrentDictionary<string, ScheduledPost> _posts = new(StringComparer.Ordinal);

    public void Add(ScheduledPost post) => _posts[post.File] = post;

    /// <summary>In the order they will appear, then by file.</summary>
    public IReadOnlyList<ScheduledPost> All => _posts.Values.OrderBy(p => p.Date).ThenBy(p => p.File, StringComparer.Ordinal).ToList();
}
