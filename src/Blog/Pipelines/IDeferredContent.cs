namespace Blog.Pipelines;

/// <summary>
/// Content a module left out of a document's text on purpose, as placeholders, because it is large
/// and the same on many pages (build-time typeset math): the text stays small through layouts, list
/// pages and scans, and the final bytes are made only when the document is written.
/// Every writer of documents (<see cref="WriteFiles"/>) passes their text through <see cref="Resolve"/>.
/// </summary>
public interface IDeferredContent
{
    /// <summary>
    /// <paramref name="content"/> with every placeholder replaced by what it stands for; the same instance when it has none.
    /// </summary>
    /// <param name="origin">The file to name in an error: the document's source, else its destination.</param>
    /// <exception cref="Diagnostics.DiagnosticException">A placeholder names nothing this build knows (never written out silently).</exception>
    string Resolve(string content, string origin);
}
