namespace Blog.Pipelines;

/// <summary>
/// Where a build writes and how its result becomes visible: <see cref="Folder"/> is written by the
/// Output phase; <see cref="Commit"/> publishes it only after a clean build, <see cref="Discard"/>
/// drops it after a failed one. <see cref="StagedOutput"/> swaps a folder (the <c>build</c> command);
/// <see cref="Generations"/> switches an in-memory index (the preview server).
/// </summary>
public interface IBuildOutput
{
    string Folder { get; }
    void Prepare();
    void Commit();
    void Discard();
}
