using System.Net.Sockets;
using System.Xml.Linq;
using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 18.4: input that used to end in an exception ends in a diagnostic with its file and place
/// (or in correct output): control characters XML forbids, files that cannot be read, Markdown
/// nested past Markdig's limit.
/// </summary>
public sealed class InputExceptionTests
{
    private static TestSite NewSite() => SafetySite.New();

    [Fact]
    public async Task Control_characters_XML_forbids_are_left_out_of_the_feed_and_the_sitemap()
    {
        using var site = NewSite();
        site.WriteFile("input/posts/ff.md", "---\ntitle: \"换页\\f标题\\u0001\"\ndate: 2020-01-01\nslug: ff\ntags: [\"a\\u000bb\"]\nsummary: \"概要\\f\"\n---\n\n第一段\f落，\u0008退格\u001f。\n\n😀 与 \u0007 铃。\n");
        await site.BuildOkAsync();

        foreach (var file in new[] { "atom.xml", "sitemap.xml" })
        {
            var xml = site.ReadOutput(file);
            XDocument.Parse(xml); // throws on a forbidden character
            Assert.DoesNotContain(xml, c => c is '\f' or '\u0001' or '\u0008' or '\u000b' or '\u001f' or '\u0007');
        }
        // What a feed reader sees: the parsed values (the template may write a character as a
        // numeric reference, e.g. 😀 as &#128512;, which is the same text once parsed).
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(site.ReadOutput("atom.xml")).Root!.Element(atom + "entry")!;
        Assert.Equal("换页标题", entry.Element(atom + "title")!.Value);
        var content = entry.Element(atom + "content")!.Value;
        Assert.Contains("第一段落，退格。", content);
        Assert.Contains("😀 与  铃。", content);
        Assert.Contains("\f", site.ReadOutput("2020/01/ff/index.html")); // HTML allows it: the page keeps the text as written
    }

    [NotRootFact]
    public async Task A_post_without_read_permission_is_an_error_naming_it()
    {
        using var site = NewSite();
        site.WriteFile("input/posts/good.md", "---\ntitle: 好\ndate: 2020-01-01\n---\n\n正文。\n");
        site.WriteFile("input/posts/secret.md", "---\ntitle: 秘\ndate: 2020-01-01\n---\n\n正文。\n");
        File.SetUnixFileMode(Path.Combine(site.Root, "input/posts/secret.md"), UnixFileMode.None);

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/secret.md", error.File);
        Assert.Contains("cannot be read", error.Message);
    }

    /// <summary>Runs as root too (root reads any file whatever its mode): a socket cannot be opened as a file by anyone.</summary>
    [Fact]
    public async Task A_post_that_cannot_be_opened_is_an_error_naming_it()
    {
        using var site = NewSite();
        site.WriteFile("input/posts/good.md", "---\ntitle: 好\ndate: 2020-01-01\n---\n\n正文。\n");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(site.Root, "input/posts/socket.md")));

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/socket.md", error.File);
        Assert.Contains("cannot be read", error.Message);
    }

    public static TheoryData<string, string, int> DeepNesting => new()
    {
        // name, the deep text (on body line 3 = file line 7), column where the limit is crossed (0: any)
        // 128 '[' with no ']' after them nest nothing: they are text now (OpenerWorkTests, issue 28.11).
        { "128 block quotes", new string('>', 128) + " x", 0 },
        { "64 nested list items", string.Concat(Enumerable.Repeat("- ", 64)) + "x", 0 },
        { "64 nested list lines", string.Join("\n", Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- x")), 0 },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public async Task Nesting_past_Markdigs_limit_is_an_error_at_its_line_not_an_internal_error(string name, string deep, int _)
    {
        using var site = NewSite();
        site.WriteFile("input/posts/deep.md", $"---\ntitle: 深\ndate: 2020-01-01\n---\n\n第一段。\n\n{deep}\n\n最后。\n");

        var result = await site.BuildAsync();

        Assert.False(result.Success, name);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/deep.md", error.File);
        Assert.DoesNotContain("Internal error", error.Message);
        Assert.Contains("nested", error.Message);
        Assert.InRange(error.Line, 8, 8 + deep.Count(c => c == '\n'));
        Assert.True(error.Column > 0);
    }

    [Fact]
    public async Task Deep_but_closed_brackets_render_as_CommonMark_says()
    {
        using var site = NewSite();
        site.WriteFile("input/posts/b.md", $"---\ntitle: 括号\ndate: 2020-01-01\nslug: b\n---\n\n{new string('[', 200)}x{new string(']', 200)}\n");
        await site.BuildOkAsync();
        Assert.Contains(new string('[', 200) + "x" + new string(']', 200), site.Html("2020/01/b/").QuerySelector("article")!.TextContent);
    }
}

/// <summary>A fact skipped when the tests run as root, for whom file modes do not stop a read.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
            Skip = "Runs as root: root reads a file whatever its mode; A_post_that_cannot_be_opened_is_an_error_naming_it covers the read failure instead.";
    }
}
