namespace Blog.Tests.Reader;

/// <summary>Selections a reader makes, as scripts that set the page's selection.</summary>
internal static class CopyTexScripts
{
    /// <summary>The whole first paragraph that holds an inline formula.</summary>
    public const string SentenceWithInlineFormula = """
        () => {
          const p = [...document.querySelectorAll('.post-body p')].find(p => p.querySelector('.math.inline'));
          const range = document.createRange();
          range.selectNodeContents(p);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }
        """;

    /// <summary>From inside the inline formula (a glyph of the typeset math) to the end of its paragraph.</summary>
    public const string FromInsideTheFormula = """
        () => {
          const p = [...document.querySelectorAll('.post-body p')].find(p => p.querySelector('.math.inline'));
          const math = p.querySelector('.math.inline');
          const inside = [...math.querySelectorAll('mjx-container *')].find(e => e.childElementCount === 0) ?? math.querySelector('mjx-container');
          const range = document.createRange();
          range.setStart(inside, 0);
          range.setEndAfter(p.lastChild);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }
        """;

    /// <summary>From the paragraph with the inline formula over the display formula after it.</summary>
    public const string ParagraphAndDisplayFormula = """
        () => {
          const p = [...document.querySelectorAll('.post-body p')].find(p => p.querySelector('.math.inline'));
          const display = document.querySelector('.post-body .math.display');
          const range = document.createRange();
          range.setStartBefore(p.firstChild);
          range.setEndAfter(display);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }
        """;
}
