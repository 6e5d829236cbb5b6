// Where in-line formulas may break, for both math modes: loaded by the build's MathJax worker
// (typeset.mjs) and, with MathJax in the browser, by the page (theme partial mathjax, copied to
// assets/mathjax/inline-breaks.js). MathJax 4 breaks an in-line formula at its top-level binary
// operators and relations, as TeX does, but puts the operator at the start of the next line
// (linebreakstyle "before"), and a top-level "(" … ")" is no group to it, so -\log(-\log u_i) could
// break inside the parentheses. Here an operator inside unclosed fences never breaks
// (linebreak="nobreak") and every other one ends its line (linebreakstyle="after"), as in TeX's own
// output. Written as a classic script that sets globalThis.blogInlineBreaks(output), so the
// browser and Node load the same file.
(function (global) {
  'use strict';
  // MathJax's TEXCLASS values (core/MmlTree/MmlNode.js).
  const BIN = 2, REL = 3, OPEN = 4, CLOSE = 5;

  function prepare(row) {
    let depth = 0;
    for (const child of (row && row.childNodes) || []) {
      if (!child.isEmbellished) continue;
      const mo = child.coreMO();
      if (mo.texClass === OPEN) depth++;
      else if (mo.texClass === CLOSE) depth = Math.max(0, depth - 1);
      else if (mo.texClass === BIN || mo.texClass === REL) {
        if (depth > 0) mo.attributes.set('linebreak', 'nobreak');
        else if (!mo.attributes.isSet('linebreakstyle')) mo.attributes.set('linebreakstyle', 'after');
      }
    }
  }

  /** Makes MathJax's output jax mark in-line breaks by the rules above. */
  global.blogInlineBreaks = function (output) {
    const mark = output.markInlineBreaks.bind(output);
    output.markInlineBreaks = (node) => {
      prepare(node);
      mark(node);
    };
  };
})(globalThis);
