// Live reload for `blog preview`. The preview build includes this through
// theme/partials/livereload.sbn-html; a normal build never does.
(() => {
  'use strict';
  const here = decodeURI(location.pathname);
  const scrollKey = 'preview-scroll:' + here;

  // Put the reader back where they were before the reload; again once fonts and math have settled,
  // since MathJax changes the page height after load.
  const saved = sessionStorage.getItem(scrollKey);
  if (saved) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = JSON.parse(saved);
    const restore = () => window.scrollTo(x, y);
    restore();
    addEventListener('load', () => {
      restore();
      window.MathJax?.startup?.promise?.then(restore);
    });
  }

  const reload = () => {
    sessionStorage.setItem(scrollKey, JSON.stringify([window.scrollX, window.scrollY]));
    location.reload();
  };

  // Swap a changed stylesheet in place: the new one loads before the old one goes, so nothing flashes.
  const swapCss = paths => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !paths.includes(decodeURI(url.pathname))) continue;
      const fresh = link.cloneNode();
      url.searchParams.set('preview', Date.now().toString());
      fresh.href = url.href;
      fresh.addEventListener('load', () => link.remove());
      link.after(fresh);
    }
  };

  const overlayId = 'preview-error-overlay';
  const hideOverlay = () => document.getElementById(overlayId)?.remove();
  const showOverlay = diagnostics => {
    hideOverlay();
    const box = document.createElement('div');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;' +
      'background:#2b0b0e;color:#ffd7d7;font:14px/1.5 ui-monospace,monospace;padding:16px 20px;' +
      'border-bottom:4px solid #e5484d;box-shadow:0 4px 24px rgba(0,0,0,.5);white-space:pre-wrap';
    const title = document.createElement('div');
    title.style.cssText = 'font-weight:bold;font-size:16px;margin-bottom:8px;color:#fff';
    title.textContent = `Build failed: ${diagnostics.length} error(s). Still showing the last good build.`;
    box.append(title);
    for (const d of diagnostics) {
      const item = document.createElement('div');
      item.className = 'preview-diagnostic';
      item.style.margin = '6px 0';
      const place = document.createElement('span');
      place.style.color = '#ff9b9b';
      place.textContent = d.line > 0 ? `${d.file}(${d.line},${Math.max(d.column, 1)})` : d.file;
      item.append(place, `: ${d.message}`);
      if (d.hint) {
        const hint = document.createElement('div');
        hint.style.cssText = 'color:#c9b3b3;padding-left:2em';
        hint.textContent = 'hint: ' + d.hint;
        item.append(hint);
      }
      box.append(item);
    }
    const close = document.createElement('button');
    close.textContent = '×';
    close.title = 'Hide until the next build';
    close.style.cssText = 'position:absolute;top:8px;right:12px;background:none;border:0;color:#fff;font-size:20px;cursor:pointer';
    close.onclick = hideOverlay;
    box.append(close);
    document.body.append(box);
  };

  // The generation this page came from (Server-Timing header), so the server can tell at once if
  // a rebuild finished before this script connected.
  const timing = performance.getEntriesByType('navigation')[0]?.serverTiming ?? [];
  const generation = timing.find(t => t.name === 'gen')?.description;
  const script = document.currentScript?.src ?? '/__preview/livereload.js';
  const events = new EventSource(script.replace(/livereload\.js$/, 'events') + (generation ? '?gen=' + generation : ''));
  events.addEventListener('open', () => document.documentElement.dataset.previewConnected = 'true');
  events.addEventListener('reload', e => {
    const pages = JSON.parse(e.data).pages;
    if (pages === null || pages.includes(here)) reload();
  });
  events.addEventListener('css', e => swapCss(JSON.parse(e.data)));
  events.addEventListener('failed', e => {
    const show = () => showOverlay(JSON.parse(e.data).diagnostics);
    document.body ? show() : addEventListener('DOMContentLoaded', show);
  });
  events.addEventListener('ok', hideOverlay);
})();
