namespace Blog.Deploy;

/// <summary>Where and how <c>deploy</c> publishes the built site.</summary>
public sealed record DeployOptions
{
    /// <summary>A remote name of the site's repository, or a URL or path git accepts as a remote.</summary>
    public string Remote { get; init; } = "origin";
    public string Branch { get; init; } = "gh-pages";
    /// <summary>Commit message; by default it names the source commit.</summary>
    public string? Message { get; init; }
    /// <summary>Build and compare, but commit and push nothing.</summary>
    public bool DryRun { get; init; }
    /// <summary>Publish even when input/, theme/ or statiq.json have uncommitted changes; the message then says so. (A dry run, which publishes nothing, never refuses.)</summary>
    public bool AllowDirty { get; init; }
}
