// Hover previews for references. Any a[data-preview] (cross-references, citations), and any \eqref
// or \ref link MathJax made, shows, in a
// popover, the element its href points to: on this page the element with that id; on another page
// of the site, that page is fetched once and the element taken from it by id. Math is typeset:
// at build time the HTML already holds MathJax's output (the site-wide math stylesheet styles it);
// with MathJax in the browser the popover is typeset with MathJax.typesetPromise, its equation
// counter set to where the previewed block stands on its page.
// Hover or keyboard focus shows it, Escape or leaving hides it; on a touch screen the first tap
// opens it and a second tap follows the link. No framework; styles in assets/css/xref.css.
(() => {
  'use strict';
  const pages = new Map();
  const popover = document.createElement('div');
  popover.id = 'xref-preview';
  popover.className = 'xref-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  let owner = null;      // the link the popover is shown for
  let request = 0;       // so a slow fetch never shows over a newer one
  let hideTimer = 0;
  let touch = false;

  // MathJax's own links (\eqref, \ref) preview like @eq- references; MathJax 4 may keep their
  // target in data-mjx-href instead of href.
  const mathLinks = 'mjx-container a[href^="#mjx-eqn"], mjx-container a[data-mjx-href^="#mjx-eqn"]';
  const linkOf = (node) => node instanceof Element ? node.closest('a[data-preview], ' + mathLinks) : null;
  const hrefOf = (link) => link.getAttribute('href') ?? link.getAttribute('data-mjx-href') ?? '';

  function load(url) {
    const key = url.pathname + url.search;
    if (!pages.has(key)) {
      pages.set(key, fetch(key, { credentials: 'same-origin' })
        .then((r) => (r.ok ? r.text() : null))
        .then((text) => (text === null ? null : new DOMParser().parseFromString(text, 'text/html')))
        .catch(() => null));
    }
    return pages.get(key);
  }

  // TeX equation environments MathJax numbers with tags: 'ams' (see Typesetting/MathJaxConfig.cs).
  const numbered = /\\begin\{(equation|align|gather|multline|flalign|alignat|eqnarray|xalignat|xxalignat)\}([\s\S]*?)\\end\{\1\}/g;
  function countNumbers(tex) {
    let n = 0;
    for (const m of tex.matchAll(numbered)) {
      const rows = /^(equation|multline)$/.test(m[1]) ? [m[2]] : m[2].split(/\\\\(?![^{]*\})/);
      n += rows.filter((r, i) => (r.trim() || i < rows.length - 1) && !/\\(nonumber|notag|tag)\b/.test(r)).length;
    }
    return n;
  }

  function find(doc, id) {
    if (id.startsWith('mjx-eqn:')) {
      const anchor = doc.getElementById(id);
      if (anchor) return anchor.closest('.math') || anchor.closest('mjx-container') || anchor;
      // MathJax in the browser, another page: the formula is still TeX; find it by its \label.
      const label = '\\label{' + id.slice('mjx-eqn:'.length) + '}';
      const formulas = [...doc.querySelectorAll('.math.display')];
      const at = formulas.findIndex((m) => m.textContent.replace(/\s+/g, '').includes(label));
      if (at < 0) return null;
      const found = formulas[at];
      found.dataset.equationsBefore = String(formulas.slice(0, at).reduce((n, m) => n + countNumbers(m.textContent), 0));
      return found;
    }
    const element = doc.getElementById(id);
    if (!element || !/^H[1-6]$/.test(element.tagName)) return element;
    // A section: its heading and what follows, up to the next heading.
    const section = doc.createElement('div');
    section.append(element.cloneNode(true));
    for (let next = element.nextElementSibling, k = 0; next && !/^H[1-6]$/.test(next.tagName) && k < 3; next = next.nextElementSibling, k++) {
      section.append(next.cloneNode(true));
    }
    return section;
  }

  async function fill(link) {
    const url = new URL(hrefOf(link), location.href);
    if (url.origin !== location.origin || url.hash.length < 2) return false;
    const samePage = url.pathname === location.pathname;
    const doc = samePage ? document : await load(url);
    const target = doc && find(doc, decodeURIComponent(url.hash.slice(1)));
    if (!target) return false;
    const copy = document.importNode(target, true);
    for (const e of [copy, ...copy.querySelectorAll('[id]')]) e.removeAttribute('id');
    for (const e of copy.querySelectorAll('[data-preview]')) e.removeAttribute('data-preview');
    if (!samePage) {
      // A theme may give other pages other stylesheets (the math CSS in build mode is site-wide).
      for (const sheet of doc.querySelectorAll('link[rel="stylesheet"]')) {
        const href = new URL(sheet.getAttribute('href'), url).href;
        if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) {
          const added = document.createElement('link');
          added.rel = 'stylesheet';
          added.href = href;
          document.head.append(added);
        }
      }
    }
    popover.replaceChildren(copy);
    const raw = [...popover.querySelectorAll('.math')].some((m) => !m.querySelector('mjx-container'));
    if (raw && window.MathJax && window.MathJax.startup) {
      await window.MathJax.startup.promise;
      // Start the counter where the block stands on its page, and forget this page's labels, which
      // are typeset already: the preview's own \label would otherwise be "multiply defined".
      const before = Number(copy.dataset.equationsBefore || target.getAttribute('data-equations-before') || 0);
      window.MathJax.texReset(before);
      await window.MathJax.typesetPromise([popover]);
    }
    return true;
  }

  function place(link) {
    const box = link.getBoundingClientRect();
    const width = Math.min(popover.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    const below = box.bottom + 6;
    const above = box.top - popover.offsetHeight - 6;
    const top = below + popover.offsetHeight > window.innerHeight && above > 0 ? above : below;
    popover.style.left = left + window.scrollX + 'px';
    popover.style.top = top + window.scrollY + 'px';
  }

  async function show(link) {
    clearTimeout(hideTimer);
    if (owner === link && !popover.hidden) return;
    const mine = ++request;
    owner = link;
    popover.dataset.state = 'loading';
    let ok = false;
    try {
      ok = await fill(link);
    } catch (error) {
      console.error('xref-preview:', error);
    }
    if (mine !== request) return;
    if (!ok) {
      hide();
      return;
    }
    popover.hidden = false;
    link.setAttribute('aria-describedby', popover.id);
    place(link);
    popover.dataset.state = 'ready';
  }

  function hide() {
    clearTimeout(hideTimer);
    request++;
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
    popover.hidden = true;
    popover.dataset.state = 'hidden';
  }

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  };

  function start() {
    document.body.append(popover);
    document.addEventListener('pointerdown', (e) => {
      touch = e.pointerType === 'touch';
      if (!popover.hidden && !popover.contains(e.target) && !linkOf(e.target)) hide();
    });
    document.addEventListener('mouseover', (e) => {
      const link = linkOf(e.target);
      if (link && !touch) show(link);
      else if (popover.contains(e.target)) clearTimeout(hideTimer);
    });
    document.addEventListener('mouseout', (e) => {
      const from = linkOf(e.target) || (popover.contains(e.target) ? popover : null);
      if (from && !(e.relatedTarget instanceof Node && (from.contains(e.relatedTarget) || popover.contains(e.relatedTarget) || e.relatedTarget === owner))) hideSoon();
    });
    document.addEventListener('focusin', (e) => {
      const link = linkOf(e.target);
      if (link) show(link);
    });
    document.addEventListener('focusout', (e) => {
      if (linkOf(e.target) && !(e.relatedTarget instanceof Node && popover.contains(e.relatedTarget))) hideSoon();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !popover.hidden) hide();
    });
    // Touch: the first tap on a reference opens its preview, a second tap on it follows the link.
    document.addEventListener('click', (e) => {
      const link = linkOf(e.target);
      if (!link || !touch) return;
      if (owner !== link || popover.hidden) {
        e.preventDefault();
        show(link);
      }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
