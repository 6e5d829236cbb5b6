using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Notes;

/// <summary>
/// Numbers a page's notes, inline (<c>^[…]</c>) and referenced (<c>[^label]</c>) alike, in the order their
/// marks stand in the text, as Pandoc does; puts the inline notes into Markdig's list of footnotes at the
/// end of the page, each with its link back to its mark. Runs when the page's inlines are parsed, after
/// Markdig's own footnote pass.
/// </summary>
public static class NoteNumbering
{
    private static readonly object Key = typeof(NoteNumbering);

    /// <summary>The block parser Markdig's footnote blocks must name; it never runs for the notes made here.</summary>
    internal static readonly FootnoteParser Parser = new();

    /// <summary>Remembers an inline note of <paramref name="document"/>; the first one hooks the numbering to the end of parsing.</summary>
    internal static void Track(MarkdownDocument document, Footnote note)
    {
        if (document.GetData(Key) is not List<Footnote> notes)
        {
            document.SetData(Key, notes = []);
            document.ProcessInlinesEnd += (processor, _) => Number(processor.Document, notes);
        }
        notes.Add(note);
    }

    private static void Number(MarkdownDocument document, List<Footnote> inlineNotes)
    {
        // Markdig places each mark itself once the note parser has returned; the note's text, parsed inside that
        // parser, came out one line short of it (a link there was reported a line early): it starts on its mark's line.
        foreach (var note in inlineNotes)
            if (note.Links.FirstOrDefault() is { } mark && note.FirstOrDefault() is ParagraphBlock { Inline: { } text } first && first.Line != mark.Line)
            {
                var delta = mark.Line - first.Line;
                note.Line = mark.Line;
                first.Line += delta;
                foreach (var node in text.Descendants()) node.Line += delta;
            }
        var group = document.OfType<FootnoteGroup>().LastOrDefault();
        if (group is null)
        {
            group = new FootnoteGroup(Parser);
            document.Add(group);
        }
        // Every mark in reading order; an inline note's own marks (a note inside a note) follow its mark.
        var marks = new List<FootnoteLink>();
        void Collect(IEnumerable<MarkdownObject> nodes)
        {
            foreach (var link in nodes.OfType<FootnoteLink>().Where(l => !l.IsBackLink))
            {
                marks.Add(link);
                if (inlineNotes.Contains(link.Footnote)) Collect(link.Footnote.Descendants());
            }
        }
        // Markdig's Descendants() of a container reaches its leaves' inlines (of a lone leaf it would not).
        var inNotes = group.Descendants().OfType<FootnoteLink>().ToHashSet();
        Collect(document.Descendants().Where(n => n is not FootnoteLink link || !inNotes.Contains(link)));
        foreach (var note in group.OfType<Footnote>().ToList()) Collect(note.Descendants());

        var order = 0;
        var index = 0;
        var numbered = new List<Footnote>();
        foreach (var mark in marks)
        {
            if (!numbered.Contains(mark.Footnote))
            {
                numbered.Add(mark.Footnote);
                mark.Footnote.Order = ++order;
                mark.Footnote.Links.Clear();
            }
            mark.Index = ++index;
            mark.Footnote.Links.Add(mark);
        }
        group.Clear();
        foreach (var note in numbered)
        {
            if (note.LastChild is not ParagraphBlock paragraph) note.Add(paragraph = new ParagraphBlock { Inline = new ContainerInline() });
            paragraph.Inline ??= new ContainerInline();
            foreach (var back in paragraph.Inline.Descendants<FootnoteLink>().Where(l => l.IsBackLink).ToList()) back.Remove();
            foreach (var link in note.Links) paragraph.Inline.AppendChild(new FootnoteLink(note) { Index = link.Index, IsBackLink = true });
            group.Add(note);
        }
    }
}
