namespace Blog.Markup.ComputeBlocks;

/// <summary><c>//| echo:</c> whether the block's code is shown (Quarto's <c>echo</c>; <c>fold</c> is Quarto's <c>code-fold</c>).</summary>
public enum EchoOption
{
    /// <summary><c>true</c>: the code is shown above its output.</summary>
    Show,
    /// <summary><c>false</c>: only the output is shown.</summary>
    Hide,
    /// <summary><c>fold</c>: the code is shown folded in a <c>&lt;details&gt;</c>.</summary>
    Fold,
}

/// <summary><c>//| output:</c> whether and how the block's output is shown (Quarto's <c>output</c>).</summary>
public enum OutputOption
{
    /// <summary><c>true</c>: shown, console text in a pre.</summary>
    Show,
    /// <summary><c>false</c>: not shown (the block still runs).</summary>
    Hide,
    /// <summary><c>asis</c>: printed text is read as Markdown.</summary>
    AsIs,
}

/// <summary><c>//| error:</c> what an exception in the block does (Quarto's <c>error</c>, plus <c>expected</c>).</summary>
public enum ErrorOption
{
    /// <summary><c>false</c>: the build fails with the error at its line.</summary>
    Stop,
    /// <summary><c>true</c>: the error is shown on the page, the build goes on.</summary>
    Show,
    /// <summary><c>expected</c>: shown on the page, and running without an exception is an error.</summary>
    Expected,
}

/// <summary>The words a writer puts after <c>//| key:</c> for each option value, in the order the error message lists them.</summary>
internal static class BlockOptionWords
{
    public static readonly (string Word, EchoOption Value)[] Echo = [("true", EchoOption.Show), ("false", EchoOption.Hide), ("fold", EchoOption.Fold)];
    public static readonly (string Word, OutputOption Value)[] Output = [("true", OutputOption.Show), ("false", OutputOption.Hide), ("asis", OutputOption.AsIs)];
    public static readonly (string Word, ErrorOption Value)[] Error = [("false", ErrorOption.Stop), ("true", ErrorOption.Show), ("expected", ErrorOption.Expected)];
    public static readonly (string Word, bool Value)[] Flag = [("true", true), ("false", false)];

    /// <summary>The word for <paramref name="value"/> (for the cache key, which must stay stable).</summary>
    public static string WordOf<T>((string Word, T Value)[] words, T value) => words.First(w => EqualityComparer<T>.Default.Equals(w.Value, value)).Word;
}
