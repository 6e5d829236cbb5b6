using System.Reflection;
using System.Text.Json.Nodes;

namespace Blog.Configuration;

/// <summary>
/// The tool's identity: its version (the assembly's informational version without the commit), its NuGet
/// package id, and the versions of the Node packages it runs, read from the package.json shipped beside it
/// (<c>node/package.json</c>, a copy of the repository's).
/// </summary>
public static class ToolInfo
{
    /// <summary>The NuGet package id of the .NET tool (src/Blog/Blog.csproj PackageId).</summary>
    public const string PackageId = "MathBlog.Tool";

    /// <summary>e.g. "0.1.0"; what <c>blog --version</c> prints first and the per-user Node cache is keyed by.</summary>
    public static string Version { get; } = (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0").Split('+')[0];

    /// <summary>The folder holding the package.json and package-lock.json the tool's Node packages are installed from.</summary>
    public static string NodeManifestFolder { get; } = Path.Combine(AppContext.BaseDirectory, "node");

    /// <summary>The version package.json pins for <paramref name="package"/>, or "?" when it names none.</summary>
    public static string NodePackageVersion(string package)
    {
        var path = Path.Combine(NodeManifestFolder, "package.json");
        if (!File.Exists(path)) return "?";
        return JsonNode.Parse(File.ReadAllText(path))?["dependencies"]?[package]?.GetValue<string>() ?? "?";
    }
}
