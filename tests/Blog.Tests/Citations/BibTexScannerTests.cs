using Blog.Typesetting.Citations;

namespace Blog.Tests.Citations;

/// <summary>Splitting .bib files into entries with their lines, and the structural mistakes found on the way.</summary>
public sealed class BibTexScannerTests
{
    [Fact]
    public void Entries_strings_and_comments()
    {
        var bib = BibTexScanner.Scan("""
            % a comment with an @ sign
            @string{aaai = "AAAI"}
            @comment{ignored, x = {y}}
            @article{a,
              title = {A {Nested} Title},
            }

            @book(b, title = {B})
            """, "refs.bib", "h");
        Assert.Empty(bib.Problems);
        Assert.Equal(["a", "b"], bib.Entries.Keys.Order());
        Assert.Equal(4, bib.Entries["a"].Line);
        Assert.Equal(8, bib.Entries["b"].Line);
        Assert.Contains("@string{aaai", bib.Strings);
    }

    [Fact]
    public void An_unclosed_entry_is_reported_at_its_own_line()
    {
        var bib = BibTexScanner.Scan("@article{a,\n  title = {x},\n\n@article{b, title = {y}}\n", "refs.bib", "h");
        var problem = Assert.Single(bib.Problems);
        Assert.Equal(("refs.bib", 1, 1), (problem.File, problem.Line, problem.Column));
        Assert.Contains("not closed before the next entry at line 4", problem.Message);
        Assert.True(bib.Entries.ContainsKey("b"));
    }

    [Fact]
    public void Missing_and_duplicate_keys()
    {
        var bib = BibTexScanner.Scan("@article{title = {x}}\n@article{a, title={1}}\n@article{a, title={2}}\n", "refs.bib", "h");
        Assert.Equal(2, bib.Problems.Count);
        Assert.Equal(1, bib.Problems[0].Line);
        Assert.Contains("no citation key", bib.Problems[0].Message);
        Assert.Equal(3, bib.Problems[1].Line);
        Assert.Contains("used twice (first at line 2)", bib.Problems[1].Message);
    }

    [Fact]
    public void Csl_json_items_with_their_lines()
    {
        var bib = CslJsonScanner.Scan("[\n  {\"id\": \"x\", \"title\": \"X\"},\n  {\"title\": \"no id\"}\n]", "refs.json", "h");
        Assert.Equal(2, bib.Entries["x"].Line);
        Assert.Equal(3, Assert.Single(bib.Problems).Line);
    }
}
