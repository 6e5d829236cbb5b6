namespace Blog.Theme;

/// <summary>
/// Minutes to read a text that mixes Chinese and English: Chinese is read by the character
/// (about 400 a minute), other scripts by the word (about 200 a minute).
/// </summary>
public static class ReadingTime
{
    public const int CjkPerMinute = 400, WordsPerMinute = 200;

    public static int Minutes(string text)
    {
        int cjk = 0, words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsCjk(c)) { cjk++; inWord = false; }
            else if (char.IsLetterOrDigit(c)) { if (!inWord) words++; inWord = true; }
            else inWord = false;
        }
        var minutes = (double)cjk / CjkPerMinute + (double)words / WordsPerMinute;
        return System.Math.Max(1, (int)System.Math.Ceiling(minutes));
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
