namespace Blog.Pipelines;

/// <summary>
/// Lets the output modules skip files that an earlier build already wrote with the same content.
/// Registered as a service only by long-running hosts (the preview server); a plain build has none
/// and writes everything.
/// </summary>
public interface IOutputLedger
{
    /// <summary>True when the previous build has <paramref name="destination"/> with this signature; the file is kept as is.</summary>
    bool TryReuse(string destination, object signature);

    /// <summary>Records that <paramref name="destination"/> was written to <paramref name="path"/>.</summary>
    void Record(string destination, string path, object signature);
}
