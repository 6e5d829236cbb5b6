// Site search: the header's search box (focused by the / key) and the /search/ page, on Pagefind's JS API
// (https://pagefind.app/docs/api/). The index is made at build time; this file only loads pagefind.js and shows results.
//
// Two additions to Pagefind's own search:
// 1. When Pagefind finds no indexed word starting with a query word, it falls back to the word's longest
//    indexed prefix ("mjx" becomes "m"). If the top result lacks any word of the query, that fallback
//    happened, and the search counts as finding nothing.
// 2. A Chinese query may be split into words differently than the text was when it was indexed. When
//    nothing is found, the query's Han characters are searched one by one, and only pages whose text
//    holds the whole query as written are kept (a substring match).
// 3. Pages that hold the query as written come first; the count says how many do, the rest are listed as related.
(() => {
  'use strict';

  // "/" focuses the header's search box, unless the reader is typing somewhere.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.getElementById('site-search-input');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  const status = document.getElementById('search-status');
  if (!status) return; // not the search page

  const input = document.getElementById('search-query');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const lang = document.documentElement.lang || 'en';
  const PageSize = 10;
  const FallbackCandidates = 50;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

  const text = (name, values) => (status.dataset[name] || '').replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
  const normalize = (s) => s.toLocaleLowerCase(lang).replace(/[\p{P}\p{S}\s]+/gu, '');

  // The words Pagefind searches for: the query split like pagefind.js splits it (Intl.Segmenter).
  function queryWords(query) {
    const words = [];
    const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : null;
    for (const part of query.split(/\s+/)) {
      const pieces = segmenter ? [...segmenter.segment(part)].map((s) => s.segment) : [part];
      for (const piece of pieces) {
        const word = normalize(piece);
        if (word) words.push(word);
      }
    }
    return words;
  }

  let pagefind = null;
  async function load() {
    if (!pagefind) {
      pagefind = await import(status.dataset.bundle + 'pagefind.js');
      await pagefind.options({ baseUrl: status.dataset.base });
    }
    return pagefind;
  }

  // Pagefind matches the words of a query anywhere in a page; among the first results, the pages
  // holding the query as written (each space-separated part contiguous) go first, and are counted.
  async function asWrittenFirst(found, query) {
    const parts = query.split(/\s+/).map(normalize).filter(Boolean);
    const head = found.slice(0, FallbackCandidates);
    const contents = await Promise.all(head.map(async (r) => normalize((await r.data()).content)));
    const holds = (i) => parts.every((p) => contents[i].includes(p));
    const whole = head.filter((_, i) => holds(i));
    const rest = head.filter((_, i) => !holds(i));
    return { results: [...whole, ...rest, ...found.slice(FallbackCandidates)], exact: whole.length };
  }

  // { results, exact }: results as { data() } handles, best first, the `exact` first of them holding
  // the query as written; no results when nothing really matches.
  async function find(query) {
    const pf = await load();
    const words = queryWords(query);
    const found = (await pf.search(query)).results;
    if (found.length > 0) {
      const best = await found[0].data();
      const content = normalize(best.content);
      if (words.every((w) => content.includes(w))) return asWrittenFirst(found, query);
    }
    if (!cjk.test(query)) return { results: [], exact: 0 };
    // Fallback: each Han character as its own term, then keep pages holding the query as a substring.
    const spaced = query.replace(/\p{Script=Han}/gu, (c) => ` ${c} `).trim();
    const candidates = (await pf.search(spaced)).results.slice(0, FallbackCandidates);
    const parts = query.split(/\s+/).map(normalize).filter(Boolean);
    const kept = [];
    for (const result of candidates) {
      const content = normalize((await result.data()).content);
      if (parts.every((p) => content.includes(p))) kept.push(result);
    }
    return { results: kept, exact: kept.length };
  }

  // TeX in an excerpt (between \( \), \[ \] or \begin{..} \end{..}, possibly cut off by the
  // excerpt's ends) is shown in a code style; the rest as text, matches in <mark>.
  function texRanges(s) {
    const ranges = [];
    const closers = { '\\(': '\\)', '\\[': '\\]' };
    let i = 0;
    const firstClose = s.search(/\\\)|\\\]|\\end\{/);
    const firstOpen = s.search(/\\\(|\\\[|\\begin\{/);
    if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
      const end = s.startsWith('\\end{', firstClose) ? s.indexOf('}', firstClose) + 1 : firstClose + 2;
      ranges.push([0, end]);
      i = end;
    }
    while (i < s.length) {
      const open = s.slice(i).search(/\\\(|\\\[|\\begin\{/);
      if (open < 0) break;
      const start = i + open;
      let end;
      if (s.startsWith('\\begin{', start)) {
        const name = s.slice(start + 7, s.indexOf('}', start));
        const close = s.indexOf(`\\end{${name}}`, start);
        end = close < 0 ? s.length : close + name.length + 6;
      } else {
        const close = s.indexOf(closers[s.slice(start, start + 2)], start + 2);
        end = close < 0 ? s.length : close + 2;
      }
      ranges.push([start, end]);
      i = end;
    }
    return ranges;
  }

  // The excerpt beside a result is made here from the page's indexed text (Pagefind's raw_content, its
  // word locations and anchors), the way Pagefind makes its own (the densest run of matched words,
  // https://pagefind.app/docs/api/), with three differences:
  // - it is taken from the text after the body's start (the element with id "post:body"), so it never
  //   repeats the title and tags shown above it; the summary follows the body and may be shown;
  // - a formula (\( \), \[ \], \begin..\end) cut by either end is shown whole, or left out when it is
  //   longer than FormulaWords, so no TeX fragment such as `}\)` is shown;
  // - sentence marks Pagefind put between blocks are not left at its ends.
  const ExcerptWords = 30; // Pagefind's default excerptLength
  const FormulaWords = 80;
  const BodyId = 'post:body';
  const decoder = document.createElement('textarea');
  const decode = (s) => { decoder.innerHTML = s; return decoder.value; };

  function makeExcerpt(data, query) {
    // raw_content keeps the zero-width spaces between the words Pagefind segmented (Chinese); it is
    // HTML-escaped text. Split into words as Pagefind does, so its word locations index this array.
    const raw = data.raw_content ?? data.content ?? '';
    const zws = raw.includes('\u200B');
    const words = zws ? raw.split('\u200B') : raw.split(/[^\S\uFEFF]+/g);
    const joiner = zws ? '' : ' ';
    const starts = [];
    let offset = 0;
    for (const w of words) { starts.push(offset); offset += w.length + joiner.length; }
    const text = words.join(joiner);
    const wordAt = (at) => { let lo = 0, hi = words.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= at) lo = mid; else hi = mid - 1; } return lo; };
    const formulas = texRanges(text).map(([a, b]) => [wordAt(a), wordAt(Math.max(a, b - 1)) + 1]);

    const body = (data.anchors ?? []).find((a) => a.id === BodyId)?.location ?? 0;
    const scores = [];
    for (const w of data.weighted_locations ?? []) if (w.location >= body) scores[w.location] = (scores[w.location] ?? 0) + w.balanced_score;
    let start = body;
    let best = -1;
    for (let i = body, sum = 0; i < words.length; i++) {
      sum += scores[i] ?? 0;
      if (i - ExcerptWords >= body) sum -= scores[i - ExcerptWords] ?? 0;
      if (sum > best) { best = sum; start = Math.max(body, i - ExcerptWords + 1); }
      if (i >= scores.length) break;
    }
    // Centre on the query as written, where the body has it (the pages counted as holding it), else on
    // the first match of the densest run: a reader expects the match in view.
    const written = query ? text.indexOf(query.trim(), starts[body] ?? 0) : -1;
    const first = written >= 0 ? wordAt(written) : scores.findIndex((v, i) => i >= start && v > 0);
    if (written >= 0) start = Math.max(body, first - Math.floor(ExcerptWords / 3));
    else if (first >= 0) start = Math.max(body, Math.min(start, first - Math.floor(ExcerptWords / 3)));
    let end = Math.min(words.length, start + ExcerptWords);
    for (const [a, b] of formulas) {
      if (a < start && start < b) start = b - a <= FormulaWords ? a : b;
      if (a < end && end < b) end = b - a <= FormulaWords ? b : a;
    }
    const blank = (w) => w === undefined || /^[\s\p{P}]*$/u.test(decode(w)) && !/[\\]/.test(w);
    while (start < end && blank(words[start])) start++;
    while (end > start && /^\s*\.?\s*$/.test(words[end - 1])) end--;
    const marked = new Set(data.locations ?? []);
    const runs = [];
    if (start > body) runs.push({ text: zws ? '…' : '… ', marked: false });
    for (let i = start; i < end; i++) runs.push({ text: decode(words[i]) + (i + 1 < end ? joiner : ''), marked: marked.has(i) });
    if (end < words.length && runs.length) runs.push({ text: zws ? '…' : ' …', marked: false });
    return runs;
  }

  // The delimiters \( \) \[ \] around a formula's TeX: not shown, the code style says it is TeX.
  function delimiters(whole, [a, b]) {
    const open = whole.slice(a, a + 2);
    return (open === '\\(' || open === '\\[') && b - a >= 4 && whole.slice(b - 2, b) === (open === '\\(' ? '\\)' : '\\]')
      ? [[a, a + 2], [b - 2, b]] : [];
  }

  // Runs of text ({ text, marked }) as nodes: each formula's TeX in a code style, matches in <mark>.
  function renderExcerpt(runs) {
    const whole = runs.map((r) => r.text).join('');
    const ranges = texRanges(whole);
    const inTex = (at) => ranges.some(([a, b]) => at >= a && at < b);
    // Pagefind puts a space after the TeX it indexes from an attribute (build mode): not before a mark
    // that ends a clause, where the page has none.
    const spaced = ranges.filter(([, b]) => whole[b] === ' ' && /[.,;:!?\uFF0C\u3002\uFF1B\uFF1A\u3001\uFF09)]/.test(whole[b + 1] ?? '')).map(([, b]) => [b, b + 1]);
    // Pagefind ends a block (a heading, a list item) that has no closing mark with ". "; after Chinese or
    // Japanese text that full stop is foreign, and the space alone separates.
    const stops = [...whole.matchAll(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\.(?=\s|$)/gu)]
      .filter((m) => !inTex(m.index)).map((m) => [m.index, m.index + 1]);
    const hidden = [...ranges.flatMap((r) => delimiters(whole, r)), ...spaced, ...stops];
    const cuts = new Set([0, whole.length, ...ranges.flat(), ...hidden.flat()]);
    let at = 0;
    for (const r of runs) { cuts.add(at); at += r.text.length; }
    const points = [...cuts].filter((c) => c >= 0 && c <= whole.length).sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    let code = null;
    for (let k = 0; k + 1 < points.length; k++) {
      const [from, to] = [points[k], points[k + 1]];
      if (from === to) continue;
      let offset = 0;
      const run = runs.find((r) => { const hit = from >= offset && from < offset + r.text.length; if (!hit) offset += r.text.length; return hit; });
      if (hidden.some(([a, b]) => from >= a && to <= b)) continue;
      if (ranges.some(([a]) => a === from)) code = null;
      const piece = whole.slice(from, to);
      const node = run?.marked ? Object.assign(document.createElement('mark'), { textContent: piece }) : document.createTextNode(piece);
      if (inTex(from)) {
        if (!code) { code = document.createElement('code'); code.className = 'tex'; out.append(code); }
        code.append(node);
      } else {
        code = null;
        out.append(node);
      }
    }
    return out;
  }

  // For a query holding TeX (a backslash), Pagefind's excerpt may centre on a heading that shares a
  // word with it; show the formula that holds the query instead, when the page has it verbatim.
  function formulaExcerpt(content, query) {
    const at = content.indexOf(query);
    if (at < 0) return null;
    const ranges = texRanges(content);
    const formula = ranges.find(([a, b]) => a <= at && at < b) ?? [at, at + query.length];
    let start = Math.max(0, formula[0] - 40);
    let end = Math.min(content.length, formula[1] + 40);
    // Other formulas cut by the context's ends are left out, not shown in part.
    for (const [a, b] of ranges) {
      if (a < start && start < b) start = Math.min(b, formula[0]);
      if (a < end && end < b) end = Math.max(a, formula[1]);
    }
    const out = document.createDocumentFragment();
    out.append(renderExcerpt([{ text: (start > 0 ? '…' : '') + content.slice(start, formula[0]), marked: false }]));
    const [inner0, inner1] = delimiters(content, formula).length ? [formula[0] + 2, formula[1] - 2] : formula;
    const code = Object.assign(document.createElement('code'), { className: 'tex' });
    code.append(content.slice(inner0, at), Object.assign(document.createElement('mark'), { textContent: query }),
      content.slice(at + query.length, inner1));
    out.append(code, renderExcerpt([{ text: content.slice(formula[1], end) + (end < content.length ? '…' : ''), marked: false }]));
    return out;
  }

  function renderResult(data, query) {
    const item = document.createElement('li');
    item.className = 'search-result';
    const title = document.createElement('h2');
    const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta?.title || data.url });
    title.append(link);
    item.append(title);
    const tags = data.filters?.tag ?? [];
    if (data.meta?.date || tags.length > 0) {
      const meta = document.createElement('p');
      meta.className = 'search-meta';
      if (data.meta?.date) meta.append(Object.assign(document.createElement('span'), { className: 'search-date', textContent: data.meta.date }));
      for (const tag of tags) meta.append(' ', Object.assign(document.createElement('span'), { className: 'search-tag', textContent: tag }));
      item.append(meta);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append((query.includes('\\') && formulaExcerpt(data.content || '', query)) || renderExcerpt(makeExcerpt(data, query)));
    item.append(excerpt);
    return item;
  }

  let generation = 0;
  let shown = [];
  let shownCount = 0;
  let shownQuery = '';

  async function showMore(mine) {
    const page = shown.slice(shownCount, shownCount + PageSize);
    const datas = await Promise.all(page.map((r) => r.data()));
    if (mine !== generation) return;
    for (const data of datas) list.append(renderResult(data, shownQuery));
    shownCount += page.length;
    more.hidden = shownCount >= shown.length;
  }

  async function run(query) {
    const mine = ++generation;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    shown = [];
    shownCount = 0;
    if (!query.trim()) { status.textContent = ''; delete status.dataset.state; return; }
    status.textContent = text('textLoading', {});
    status.dataset.state = 'loading';
    try {
      const { results, exact } = await find(query.trim());
      if (mine !== generation) return;
      shown = results;
      shownQuery = query.trim();
      await showMore(mine);
      if (mine !== generation) return;
      // The count is of the pages that hold the query as written; the others are only related.
      const related = results.length - exact;
      const message = !results.length ? 'textNone' : !related ? 'textCount' : exact ? 'textCountRelated' : 'textOnlyRelated';
      status.textContent = text(message, { query: query.trim(), count: exact, related });
      status.dataset.state = 'done';
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = text('textFailed', { error: error?.message ?? String(error) });
      status.dataset.state = 'failed';
    }
  }

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 250);
  });
  input.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  more.addEventListener('click', () => showMore(generation));

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  const header = document.getElementById('site-search-input');
  if (header) header.value = initial;
  if (initial) run(initial); else input.focus();
})();
