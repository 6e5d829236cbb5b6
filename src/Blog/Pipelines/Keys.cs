namespace Blog.Pipelines;

/// <summary>Metadata keys the generic modules use.</summary>
public static class Keys
{
    /// <summary>Path of a read file relative to the folder it was read from.</summary>
    public const string RelativePath = "relative-path";
}
