using Blog.Compute;

namespace Blog.Tests.Site;

/// <summary>Found by the whole-site check that no $…$ is left as text: compute tables name rows with math.</summary>
public sealed class ComputeTableMathTests
{
    [Fact]
    public void Text_cells_with_dollars_become_math_and_numbers_stay_numbers()
    {
        var html = Table.Of(new[] { (Case: "$Y=X^2+\\varepsilon$ 组", P: 0.5), (Case: "a<b", P: 2.0) })
            .Column("样本", r => r.Case).Column("$p$", r => r.P, "F1").ToHtml();
        // \(…\) in the table's text; the site's math pipeline makes it a math element (HtmlMath). Each
        // cell ends with a space, which keeps the site search from adding "." (Table.Ended).
        Assert.Contains(@"<td>\(Y=X^2+\varepsilon\) 组 </td>", html);
        Assert.Contains("<td>a&lt;b </td>", html);
        Assert.Contains(@"<td class=""num"">0.5 </td>", html);
        Assert.Contains(@"<th>\(p\) </th>", html);
    }
}
