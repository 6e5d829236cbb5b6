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
  function keepNumber(math, scroller) {
    const labels = math.querySelector('mjx-labels');
    const aside = math.eqNumber;
    if (!labels || !scroller) {
      aside?.remove();
      delete math.eqNumber;
      delete math.dataset.number;
      return;
    }
    const text = [...labels.querySelectorAll('mjx-mtd')].map((cell) => cell.textContent.trim()).filter(Boolean).join(' ');
    const shown = aside ?? Object.assign(document.createElement('span'), { className: 'eq-number' });
    shown.setAttribute('aria-hidden', 'true'); // the formula's MathML already says its number
    shown.textContent = text;
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
    const natural = formula ? formula.getBoundingClientRect().width : math.scrollWidth, room = math.clientWidth;
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
