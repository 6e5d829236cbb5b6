namespace Blog.Typesetting.Citations;

/// <summary>
/// One entry of a bibliography file as written: its key, its format ("bibtex" or "csl-json"), its
/// text and where it starts (1-based line and column), so that a later parse error points into the file.
/// </summary>
public sealed record BibEntry(string Key, string Format, string Text, string File, int Line, int Column);
