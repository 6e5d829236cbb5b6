using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>The sites of the safety tests: the repository's theme, no posts, math left to the browser (no Node needed).</summary>
internal static class SafetySite
{
    public static TestSite New() => TestSite.Empty().Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject { ["render"] = "client" });
}
