// Copy TeX. Selecting text that spans formulas copies each formula as its TeX between dollars
// ($…$ inline, $$…$$ display), as KaTeX's copy-tex extension does: a "copy" handler rewrites the
// copied fragment. Each display formula also gets a button that copies its TeX alone: shown on hover
// or focus, and on a touch screen only after a tap on the formula (never standing over every formula).
// The TeX comes from data-tex (math typeset at build time keeps its source there) or, with MathJax
// in the browser, from the MathItem MathJax keeps for the formula (item.math is the TeX between
// its delimiters); a formula not typeset yet is still its own source text.
(() => {
  const script = document.currentScript;
  const label = script?.dataset.label || 'Copy TeX';
  const copied = script?.dataset.copied || 'Copied';

  /** The TeX of a .math element without delimiters, and whether it is display math. */
  function texOf(math) {
    if (math.dataset.tex === undefined) {
      const item = window.MathJax?.startup?.document?.getMathItemsWithin?.(math)?.[0];
      if (item) return { tex: item.math.trim(), display: item.display };
    }
    const source = (math.dataset.tex ?? sourceText(math)).trim();
    const display = math.classList.contains('display');
    if (source.startsWith('\\(') && source.endsWith('\\)')) return { tex: source.slice(2, -2).trim(), display: false };
    if (source.startsWith('\\[') && source.endsWith('\\]')) return { tex: source.slice(2, -2).trim(), display: true };
    return { tex: source, display }; // a bare \begin{env}…\end{env}
  }

  function sourceText(math) {
    const copy = math.cloneNode(true);
    copy.querySelectorAll('.copy-tex').forEach(b => b.remove());
    return copy.textContent;
  }

  const delimited = ({ tex, display }) => display ? `$$${tex}$$` : `$${tex}$`;

  const closestMath = node => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)?.closest('.math') ?? null;

  const outermost = math => !math.parentElement?.closest('.math');

  // Elements after which plain text starts a new line; paragraphs and the like leave a blank line.
  const lineBlocks = new Set(['DIV', 'LI', 'TR', 'DT', 'DD', 'FIGCAPTION', 'BR']);
  const paragraphBlocks = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'FIGURE', 'TABLE', 'UL', 'OL', 'DL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);

  /** The fragment as plain text: whitespace collapsed as the browser shows it, line breaks between blocks. */
  function plainText(fragment) {
    let out = '';
    const walk = (node, pre) => {
      if (node.nodeType === Node.TEXT_NODE) { out += pre ? node.data : node.data.replace(/\s+/g, ' '); return; }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      const name = node.nodeName;
      const breaks = paragraphBlocks.has(name) ? '\n\n' : lineBlocks.has(name) ? '\n' : '';
      if (breaks && out.length > 0) out += breaks;
      node.childNodes.forEach(child => walk(child, pre || name === 'PRE'));
      if (breaks) out += breaks;
    };
    walk(fragment, false);
    return out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  }

  document.addEventListener('copy', event => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !event.clipboardData) return;
    const range = selection.getRangeAt(0).cloneRange();
    // A selection that starts or ends inside a formula takes the whole formula.
    const first = closestMath(range.startContainer);
    if (first) range.setStartBefore(first);
    const last = closestMath(range.endContainer);
    if (last) range.setEndAfter(last);
    const live = [...document.querySelectorAll('.math')].filter(m => outermost(m) && range.intersectsNode(m));
    if (live.length === 0) return;
    const fragment = range.cloneContents();
    const copies = [...fragment.querySelectorAll('.math')].filter(outermost);
    if (copies.length !== live.length) return; // not the formulas we looked at: leave the copy alone
    copies.forEach((copy, i) => {
      const tex = texOf(live[i]);
      const text = document.createElement(tex.display ? 'div' : 'span');
      text.textContent = delimited(tex);
      copy.replaceWith(text);
    });
    fragment.querySelectorAll('.copy-tex').forEach(b => b.remove());
    const html = document.createElement('div');
    html.append(fragment.cloneNode(true));
    event.clipboardData.setData('text/plain', plainText(fragment));
    event.clipboardData.setData('text/html', html.innerHTML);
    event.preventDefault();
  });

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No async clipboard (a page served over plain http) or no permission: the copy command
      // still works inside the click that asked for it.
      const put = e => { e.clipboardData.setData('text/plain', text); e.preventDefault(); e.stopImmediatePropagation(); };
      document.addEventListener('copy', put, { capture: true });
      try { return document.execCommand('copy'); } finally { document.removeEventListener('copy', put, { capture: true }); }
    }
  }

  function addButtons() {
    for (const math of document.querySelectorAll('.math.display')) {
      if (!outermost(math) || math.querySelector(':scope > .copy-tex')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-tex';
      button.textContent = label;
      button.title = label;
      button.addEventListener('click', async () => {
        button.textContent = await copyText(texOf(math).tex) ? copied : label;
        setTimeout(() => { button.textContent = label; }, 1500);
      });
      math.append(button);
    }
    document.documentElement.dataset.copyTex = 'ready';
  }

  // Touch screens have no hover: a tap on a display formula opens its button (a one-item menu), a tap
  // elsewhere closes it. A tap on a link inside the formula (an \eqref) is left to the link.
  document.addEventListener('click', event => {
    if (!window.matchMedia('(hover: none)').matches) return;
    const math = event.target instanceof Element ? event.target.closest('.math.display') : null;
    for (const open of document.querySelectorAll('.math.display[data-copy-open]')) if (open !== math) delete open.dataset.copyOpen;
    if (math && outermost(math) && !event.target.closest('a, .copy-tex')) math.toggleAttribute('data-copy-open');
  });

  // With MathJax in the browser, add the buttons once it has typeset the page, so they never sit
  // among the TeX it reads; MathJax's script runs after this one, so look for it at "load".
  const start = () => {
    const typeset = window.MathJax?.startup?.promise;
    if (typeset) typeset.then(addButtons); else addButtons();
  };
  if (document.readyState === 'complete') start(); else window.addEventListener('load', start);
})();
