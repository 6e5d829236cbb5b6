using Blog.Markup.CrossReferences;
using Blog.Markup.FencedDivs;

namespace Blog.Tests.CrossReferences;

/// <summary>The AMS numbering worked out from TeX (checked against MathJax itself in ReferenceTests), and Pandoc attributes.</summary>
public sealed class EquationNumbersTests
{
    [Fact]
    public void Rows_are_numbered_in_page_order_with_tags_and_skipped_rows()
    {
        var numbers = new EquationNumbers();
        Assert.Equal([("a", "(1)")], numbers.Add("\\begin{equation}x\\label{a}\\end{equation}"));
        Assert.Equal([("b", "(2)"), ("c", null), ("d", "(3)"), ("e", "(★)"), ("f", "g")],
            numbers.Add("\\begin{align}x&=1\\label{b}\\\\ y&=2\\notag\\label{c}\\\\ z&=\\begin{cases}1\\\\2\\end{cases}\\label{d}\\\\ w\\tag{★}\\label{e}\\\\ v\\tag*{g}\\label{f}\\end{align}"));
        Assert.Equal([("h", null)], numbers.Add("x = 1 \\label{h}"));            // $$…$$ alone is unnumbered
        Assert.Equal([("i", null)], numbers.Add("\\begin{equation*}x\\label{i}\\end{equation*}"));
        Assert.Equal([("j", "(4)")], numbers.Add("\\begin{multline}a\\\\b\\label{j}\\end{multline}"));
        Assert.Empty(numbers.Add("\\begin{gather}a\\\\b\\\\\\end{gather}"));        // two rows; a trailing \\ adds none
        Assert.Equal(6, numbers.Count);
        Assert.Equal("mjx-eqn:a_b", EquationNumbers.AnchorId("a b"));
    }

    [Theory]
    [InlineData("{#thm-a .x .y key=v k2=\"a b\"}", "thm-a", "x y", "key=v;k2=a b")]
    [InlineData("warning", null, "warning", "")]
    [InlineData("{-}", null, "unnumbered", "")]
    [InlineData("{.callout-tip collapse='true'}", null, "callout-tip", "collapse=true")]
    public void Pandoc_attributes_are_read(string text, string? id, string classes, string values)
    {
        var attributes = DivAttributes.Parse(text)!;
        Assert.Equal(id, attributes.Id);
        Assert.Equal(classes, string.Join(' ', attributes.Classes));
        Assert.Equal(values, string.Join(';', attributes.Values.Select(v => $"{v.Key}={v.Value}")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{#}")]
    [InlineData("{key=\"unclosed}")]
    [InlineData("two words")]
    public void What_is_not_an_attribute_block_opens_no_div(string text) => Assert.Null(DivAttributes.Parse(text));
}
