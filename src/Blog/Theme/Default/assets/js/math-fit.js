// Wide display math on narrow screens. A formula wider than its column scrolls sideways (site.css);
// this marks which of its sides has more to see (data-overflow="start|end|both") so the theme draws
// a fading shadow there, shows the equation number on its own line below it (as amsmath places a tag
// that does not fit), and keeps both right as the reader scrolls or the window changes.
// A magic cube (display math followed by the checker's verdict) is scaled down to its column with
// CSS zoom instead (data-fit="scaled"); a tap shows it at full size, scrollable (data-fit="zoomed"),
// and a second tap scales it back.
(() => {
  'use strict';
  const isCube = (math) => math.nextElementSibling?.classList.contains('magic-cube-verdict') ?? false;

  // The element that scrolls: the .math block (build mode) or MathJax's container inside it.
  const scrollerOf = (math) => [math, math.querySelector('mjx-container')].find((e) => e && e.scrollWidth > e.clientWidth + 1);

  // MathJax puts an equation's number at the right end of the formula's full width, out of sight while
  // a wide formula is scrolled, and moved to the visible edge it would cover the formula's end. As
  // amsmath does with a tag that does not fit beside its equation, the number goes on its own line,
  // at the right below the formula (span.eq-number, outside the scrolling box); MathJax's own label stays
  // in place, hidden (site.css), as the target of links to the equation.
  // The label's glyphs, copied into a container of MathJax's classes so they keep the formula's font and
  // size (ids left out: the hidden label keeps them).
  function numberGlyphs(math, labels) {
    const container = math.querySelector('mjx-container');
    const formula = container.querySelector('mjx-math');
    const box = document.createElement('mjx-container');
    box.className = container.className;
    box.setAttribute('jax', container.getAttribute('jax') ?? 'CHTML');
    box.style.fontSize = container.style.fontSize;
    const glyphs = document.createElement('mjx-math');
    glyphs.className = formula.className;
    for (const cell of labels.querySelectorAll('mjx-mtd')) {
      if (glyphs.childNodes.length) glyphs.append(' ');
      for (const part of cell.children) if (part.localName !== 'mjx-tstrut') glyphs.append(part.cloneNode(true));
    }
    for (const e of glyphs.querySelectorAll('[id]')) e.removeAttribute('id');
    box.append(glyphs);
    return box;
  }

  function keepNumber(math, scroller) {
    const labels = math.querySelector('mjx-labels');
    const aside = math.eqNumber;
    if (!labels || !scroller) {
      aside?.remove();
      delete math.eqNumber;
      delete math.dataset.number;
      return;
    }
    const shown = aside ?? Object.assign(document.createElement('span'), { className: 'eq-number' });
    shown.setAttribute('aria-hidden', 'true'); // the formula's MathML already says its number
    if (!aside) shown.append(numberGlyphs(math, labels));
    if (shown.previousElementSibling !== scroller) scroller.after(shown);
    math.eqNumber = shown;
    math.dataset.number = 'below';
  }

  function mark(math) {
    const scroller = scrollerOf(math);
    keepNumber(math, scroller);
    if (!scroller) {
      delete math.dataset.overflow;
      return;
    }
    const hidden = scroller.scrollWidth - scroller.clientWidth;
    const left = scroller.scrollLeft > 1, right = scroller.scrollLeft < hidden - 1;
    math.dataset.overflow = left && right ? 'both' : left ? 'start' : 'end';
  }

  function fit(math) {
    if (math.dataset.fit === 'zoomed') return;
    math.style.zoom = '';
    const formula = math.querySelector('mjx-math');
    // The widest of the drawing and what scrolls: MathJax's container is a few pixels wider than the
    // drawing, and a zoom fitted to the drawing alone left it scrolling, with a scroll cue, by those pixels.
    const container = math.querySelector('mjx-container');
    const natural = Math.max(formula ? formula.getBoundingClientRect().width : 0, math.scrollWidth, container?.scrollWidth ?? 0);
    const room = math.clientWidth;
    if (natural > room + 1) {
      math.style.zoom = String(room / natural);
      math.dataset.fit = 'scaled';
    } else {
      delete math.dataset.fit;
    }
  }

  function update() {
    for (const math of document.querySelectorAll('.math.display')) {
      if (isCube(math)) fit(math);
      mark(math);
    }
    document.documentElement.dataset.mathFit = 'ready';
  }

  function start() {
    update();
    document.addEventListener('scroll', (e) => {
      const math = e.target instanceof Element ? e.target.closest('.math.display') : null;
      if (math) mark(math);
    }, { capture: true, passive: true });
    new ResizeObserver(update).observe(document.documentElement);
    document.addEventListener('click', (e) => {
      const math = e.target instanceof Element ? e.target.closest('.math.display[data-fit]') : null;
      if (!math || e.target.closest('a, button')) return;
      if (math.dataset.fit === 'zoomed') {
        math.dataset.fit = 'scaled';
        fit(math);
      } else {
        math.style.zoom = '';
        math.dataset.fit = 'zoomed';
      }
      mark(math);
    });
  }

  // With MathJax in the browser, measure once it has typeset the page.
  const begin = () => {
    const typeset = window.MathJax?.startup?.promise;
    if (typeset) typeset.then(start); else start();
  };
  if (document.readyState === 'complete') begin(); else window.addEventListener('load', begin);
})();
