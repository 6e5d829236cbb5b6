namespace Blog.Tests.Compute;

/// <summary>Results come from .cache/compute/ when nothing they depend on changed, and only then.</summary>
public sealed class CacheTests
{
    private static string TwoBlocks(ComputeSite site, string first = "var a = 1;", string second = "a + 1") =>
        $"```{{csharp}}\n{site.LogCall("first")}\n{first}\n```\n\n```{{csharp}}\n{site.LogCall("second")}\n{second}\n```\n";

    [Fact]
    public async Task Second_build_runs_no_block_and_is_byte_identical()
    {
        using var site = new ComputeSite();
        site.Post("x", TwoBlocks(site) + "\n```{csharp}\n//| label: fig-r\n//| fig-cap: 随机 `{csharp} Rng.Next(100)`\nvar p = new ScottPlot.Plot();\np.Add.Scatter(Enumerable.Range(0, 20).Select(i => (double)i).ToArray(), Enumerable.Range(0, 20).Select(_ => Rng.NextDouble()).ToArray());\np\n```\n");
        await site.BuildOkAsync();
        var first = site.OutputFiles();
        Assert.Equal((1, 1), (site.Runs("first"), site.Runs("second")));

        await site.BuildOkAsync();
        Assert.Equal((1, 1), (site.Runs("first"), site.Runs("second")));
        ComputeSite.AssertSameOutput(first, site.OutputFiles());

        // Run again for real: the page's seed makes the random figure the same, byte for byte.
        await site.BuildOkAsync(noCache: true);
        Assert.Equal((2, 2), (site.Runs("first"), site.Runs("second")));
        ComputeSite.AssertSameOutput(first, site.OutputFiles());
    }

    [Fact]
    public async Task Changing_a_block_reruns_it_and_changing_an_earlier_block_reruns_the_later_one()
    {
        using var site = new ComputeSite();
        site.Post("x", TwoBlocks(site));
        await site.BuildOkAsync();

        site.Post("x", TwoBlocks(site, second: "a + 2"));
        await site.BuildOkAsync();
        Assert.Equal(2, site.Runs("second"));
        Assert.Contains(">3</pre>", site.Page("x"));

        site.Post("x", TwoBlocks(site, first: "var a = 10;", second: "a + 2"));
        await site.BuildOkAsync();
        Assert.Equal(3, site.Runs("second"));
        Assert.Contains(">12</pre>", site.Page("x"));
    }

    [Fact]
    public async Task Changing_a_data_file_the_page_read_reruns_it()
    {
        using var site = new ComputeSite();
        site.Site.WriteFile("input/data/n.csv", "n\n5\n");
        site.Post("x", $"```{{csharp}}\n{site.LogCall("read")}\nint.Parse(Data.ReadCsv(\"n.csv\")[0][0]) * 2\n```\n");
        await site.BuildOkAsync();
        await site.BuildOkAsync();
        Assert.Equal(1, site.Runs("read"));

        site.Site.WriteFile("input/data/n.csv", "n\n8\n");
        await site.BuildOkAsync();
        Assert.Equal(2, site.Runs("read"));
        Assert.Contains(">16</pre>", site.Page("x"));
    }

    [Fact]
    public async Task Corrupt_or_partial_cache_entries_are_recomputed_never_shown()
    {
        using var site = new ComputeSite();
        site.Post("x", TwoBlocks(site));
        await site.BuildOkAsync();
        var files = Directory.GetFiles(site.CacheFolder);
        Assert.Equal(2, files.Length);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            // The entry with the value 2 gets its payload edited; the other one is cut short, like a torn write.
            File.WriteAllText(file, text.Contains("\"content\":\"2\"") ? text.Replace("\"content\":\"2\"", "\"content\":\"99\"") : text[..20]);
        }

        await site.BuildOkAsync();
        Assert.Equal(2, site.Runs("second"));
        Assert.Contains(">2</pre>", site.Page("x"));
        Assert.DoesNotContain("99", site.Page("x"));
    }

    [Fact]
    public async Task Cache_false_always_runs()
    {
        using var site = new ComputeSite();
        site.Post("x", $"```{{csharp}}\n//| cache: false\n{site.LogCall("always")}\n```\n");
        await site.BuildOkAsync();
        await site.BuildOkAsync();
        Assert.Equal(2, site.Runs("always"));
    }
}
