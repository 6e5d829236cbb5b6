using Blog.Diagnostics;

namespace Blog.Tests.Diagnostics;

/// <summary>The one edit distance and the one rule for "Did you mean …?" (rustc's limit, names that begin with the word).</summary>
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("ma2020hsc", "ma2020hsic", 1)]
    [InlineData("thm-clt", "thm-tlc", 2)]
    [InlineData("Knuth84", "knuth84", 1)] // case counts here; Nearest folds it
    [InlineData("定理甲", "定理乙", 1)]
    [InlineData("abc", "abc", 0)]
    public void Levenshtein_counts_insertions_deletions_and_substitutions(string a, string b, int edits)
    {
        Assert.Equal(edits, Suggestions.Levenshtein(a, b));
        Assert.Equal(edits, Suggestions.Levenshtein(b, a)); // symmetric
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("eq-1", 1)]
    [InlineData("gauss", 1)]
    [InlineData("thm-cl", 2)]
    [InlineData("ma2020hsc", 3)]
    [InlineData("jang2017categorica", 6)]
    public void The_limit_is_a_third_of_the_word_and_at_least_one_edit(string word, int edits) =>
        Assert.Equal(edits, Suggestions.MaxEdits(word));

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // word, candidates, suggested in order
        { "thm-cl", ["thm-clt", "thm-a", "sec-intro"], ["thm-clt", "thm-a"] }, // 6 characters: up to 2 edits
        { "ma2020hsc", ["jang2017categorical", "ma2020hsic"], ["ma2020hsic"] },
        { "knuth84", ["Knuth84", "knuth1984", "knuth85"], ["Knuth84", "knuth85", "knuth1984"] }, // case only: 0 edits, first
        { "eq-3", ["eq-1", "eq-2", "eq-4", "eq-5", "fig-3"], ["eq-1", "eq-2", "eq-4"] }, // at most three, ties in order
        { "cor-orth", ["cor-orthogonal", "thm-a"], ["cor-orthogonal"] }, // a cut-short id
        { "gauss", ["gaussian-tail", "gaus", "bayes"], ["gaus", "gaussian-tail"] }, // fewest edits first
        { "xyz", ["thm-a", "eq-b", "fig-c"], [] }, // nothing close: no suggestion
        { "ab", ["ba", "abc", "zz"], ["abc"] }, // short words: one edit (a swap is two)
        { "post", ["post", "posts"], ["posts"] }, // the word itself is not a suggestion
        { "", ["a", "b"], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nearest_suggests_only_names_close_enough(string word, string[] candidates, string[] expected) =>
        Assert.Equal(expected, Suggestions.Nearest(word, candidates));
}
