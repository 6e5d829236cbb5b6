// MathJax worker: typesets the math of one page per request, exactly as MathJax would in the browser.
//
// Protocol (JSON lines): the first line on stdin is the configuration
//   {"nodeModules": "...", "fontUrl": "...", "exFactor": 0.5, "load": [...], "source": {...}, "tex": {...}, "options": {...}}
// and the worker answers {"ready": true, "version": "4.1.3"}. Then each request
//   {"id": 1, "math": [{"text": "\\(x\\)", "display": false}, ...]}
// (the formulas of one MathJax document: a page's numbered ones, or independent ones batched) is answered by
//   {"id": 1, "html": [...], "errors": [{"index": 0, "message": "..."}], "usage": [{"wrappers": [...], "chars": [...], "delims": [...]}, ...], "ms": 12.3}
// where usage says, per formula, which CHTML wrappers, font characters and delimiters it needs styles
// for (MathJax's own Usage lists, in the order it met them); and a request
//   {"id": 2, "css": {"wrappers": [...], "chars": [...], "delims": [...]}}
// is answered by {"id": 2, "css": "...", "ms": 1.2} (ms: wall time of the work; cpuMs: the process's CPU time meanwhile): MathJax's stylesheet for exactly that usage, as it
// would write it for one document holding all those formulas in that order. Either may be answered by
// {"id": 1, "fatal": "..."} when MathJax itself fails. Before it works on formula i (compiling
// the TeX, then typesetting it), the worker writes {"id": 1, "formula": i}: the builder gives each
// formula its own time limit and can name the one that ran out of it. (Writes to a pipe are
// synchronous in Node on Linux, so the line leaves even while MathJax keeps the thread busy.) stdout carries only these lines, so
// everything MathJax prints goes to stderr.
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

// A build that dies (SIGKILL, SIGHUP) cannot end this worker, so the worker ends itself when its
// parent is gone (Node's process.ppid is read anew each time). See ProcessMarker in Workers/.
const parentPid = process.ppid;
setInterval(() => { if (process.ppid !== parentPid) process.exit(70); }, 500).unref();

// a11y/assistive-mml sets a menu option, and without the menu MathJax warns about it on every page.
const stderr = console.error.bind(console);
console.error = (...args) => { if (!String(args[0]).includes('"menuOptions"')) stderr(...args); };
for (const name of ['log', 'info', 'warn', 'debug']) console[name] = console.error;
const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();

const config = JSON.parse((await lines.next()).value);
const { default: MathJax } = await import(pathToFileURL(path.join(config.nodeModules, '@mathjax/src/bundle/node-main.mjs')).href);
await MathJax.init({
  loader: { load: ['input/tex', 'output/chtml', 'a11y/assistive-mml', ...config.load], source: config.source },
  // The browser's TeX configuration, except that an unknown macro, which the browser shows in red
  // for nobody to notice, is an error here.
  tex: { ...config.tex, packages: { ...config.tex.packages, '[-]': ['noundefined'] } },
  // Nothing can be measured here: the x-height of the theme's font sizes the math as the browser would.
  chtml: { fontURL: config.fontUrl, exFactor: config.exFactor },
  options: config.options,
  startup: { typeset: false },
});
const adaptor = MathJax.startup.adaptor;
const output = MathJax.startup.output;
// In-line breaks only at top-level operators, the operator ending the line (the browser loads the same file).
await import(pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'inline-breaks.js')).href);
globalThis.blogInlineBreaks(output);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One MathJax document per page, so equation numbers and \eqref resolve as in the browser. */
async function typesetPage(math, id, progress = true) {
  const body = math.map((m, i) => {
    const tag = m.display ? 'div' : 'span';
    return `<${tag} class="math" data-i="${i}">${escape(m.text)}</${tag}>`;
  }).join('\n');
  output.clearCache();
  output.chtmlStyles = null;
  MathJax.texReset();
  const usage = (currentUsage = new Array(math.length).fill(null));
  const doc = MathJax.startup.getDocument(`<html><head></head><body class="tex2jax_ignore">${body}</body></html>`);
  doc.findMath();
  if (progress) for (const item of doc.math) reportProgress(item, id);
  await doc.renderPromise();

  const elements = adaptor.tags(adaptor.body(doc.document), 'span')
    .concat(adaptor.tags(adaptor.body(doc.document), 'div'))
    .filter((e) => adaptor.hasAttribute(e, 'data-i'));
  const html = new Array(math.length).fill(null);
  for (const e of elements) {
    keepTexOnce(e);
    html[Number(adaptor.getAttribute(e, 'data-i'))] = adaptor.innerHTML(e);
  }

  const errors = [];
  const found = new Set();
  for (const item of doc.math) {
    const index = Number(adaptor.getAttribute(wrapperOf(item.start.node), 'data-i'));
    found.add(index);
    item.root.walkTree((node) => {
      if (node.isKind('merror')) {
        errors.push({ index, message: node.attributes.get('data-mjx-error') || adaptor.textContent(item.typesetRoot) });
      }
    });
  }
  math.forEach((m, index) => {
    if (!found.has(index)) errors.push({ index, message: whyNotFound(m.text) });
  });
  return { html, errors, usage: usage.map((u) => u ?? { wrappers: [], chars: [], delims: [] }) };
}

let dynamicFiles = null;

/**
 * The stylesheet for formulas whose usage is given (see the protocol above). The font's dynamic files
 * (glyph ranges MathJax loads when a formula first needs them) are all loaded first, since the
 * formulas may have been typeset by other workers or builds; the sheet then names, besides the
 * fonts MathJax always lists, only the dynamic fonts whose glyphs the usage holds.
 */
async function stylesheet(usage) {
  const font = output.font;
  await (dynamicFiles ??= font.loadDynamicFiles());
  output.clearCache();
  output.chtmlStyles = null;
  font.fontUsage = {};
  const FONT = font.constructor;
  const dynamic = new Set();
  for (const kind of usage.wrappers) output.wrapperUsage.add(kind);
  for (const [variant, n] of usage.chars) {
    font.charUsage.add([variant, n]);
    const options = font.variant[variant]?.chars[n]?.[3] ?? {};
    const name = options.ff || (options.f ? `${font.cssFontPrefix}-${options.f}` : '');
    if (name && !(`@font-face /* MJX-${name} */` in FONT.defaultFonts) && !(`.${name}` in FONT.defaultStyles)) dynamic.add('MJX-' + name);
  }
  for (const n of usage.delims) font.delimUsage.add(n);
  FONT.addDynamicFontCss(font.fontUsage, [...dynamic], font.options.fontURL);
  const doc = MathJax.startup.getDocument('<html><head></head><body class="tex2jax_ignore"></body></html>');
  return { css: adaptor.textContent(output.styleSheet(doc)) };
}

/** What one formula's typesetting added to MathJax's style usage, in its order. */
function usageSince() {
  const list = (u) => [...u.used].map((name) => JSON.parse(name));
  return { wrappers: list(output.wrapperUsage), chars: list(output.font.charUsage), delims: list(output.font.delimUsage) };
}

// Says which formula MathJax starts on, before its compile and its typeset steps.
function reportProgress(item, id) {
  const index = Number(adaptor.getAttribute(wrapperOf(item.start.node), 'data-i'));
  for (const step of ['compile', 'typeset']) {
    const run = item[step].bind(item);
    item[step] = (...args) => {
      send({ id, formula: index });
      return run(...args);
    };
  }
}

// Keeps what typesetting each formula adds to the style usage (emptied before it, so each formula's
// own list). Hooked on the output jax rather than on the math items, since MathJax makes new items
// when it typesets a page again (a forward \eqref).
let currentUsage = null;
const typesetOne = output.typeset.bind(output);
output.typeset = (math, html) => {
  output.wrapperUsage.clear();
  output.font.charUsage.clear();
  output.font.delimUsage.clear();
  const node = typesetOne(math, html);
  const index = Number(adaptor.getAttribute(wrapperOf(math.start.node), 'data-i'));
  if (currentUsage && index >= 0 && index < currentUsage.length) currentUsage[index] = usageSince();
  return node;
};

// MathJax 4 writes the TeX of every sub-expression into data-latex, twice (CHTML and assistive
// MathML): a fifth of a page. The reader needs it once: on mjx-math, the whole formula.
function keepTexOnce(node) {
  for (const child of adaptor.childNodes(node)) {
    if (adaptor.kind(child) === '#text' || adaptor.kind(child) === '#comment') continue;
    if (adaptor.kind(child) !== 'mjx-math') adaptor.removeAttribute(child, 'data-latex');
    keepTexOnce(child);
  }
}

// MathJax (like the browser) skips a formula whose braces do not balance, leaving its TeX as text.
function whyNotFound(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return 'Extra close brace or missing open brace';
  }
  return depth > 0 ? 'Missing close brace' : 'MathJax found no formula here (check the delimiters)';
}

function wrapperOf(node) {
  while (node && !(adaptor.kind(node) !== '#text' && adaptor.hasAttribute(node, 'data-i'))) node = adaptor.parent(node);
  return node;
}

// MathJax's first formula costs about a second of CPU (its code is compiled, its font data read)
// that the next ones do not. Paid here, before "ready", it counts against the start's limit, not
// against the first real formula's own (math.formulaTimeout), which a loaded machine overran for
// `\(a+b\)`. Nothing of it stays: each page's document, TeX state and usage lists are fresh.
try {
  await typesetPage([
    { text: '\\(x^2+\\frac{a}{b}\\)', display: false },
    { text: '\\[\\sum_{n=1}^{\\infty}\\frac{1}{n^2}=\\frac{\\pi^2}{6}\\]', display: true },
  ], null, false);
} catch {
  // A configuration this warm-up trips over fails the first real request, with its message.
}
send({ ready: true, version: MathJax.version });

for (let line = await lines.next(); !line.done; line = await lines.next()) {
  if (!line.value.trim()) continue;
  let request;
  try {
    request = JSON.parse(line.value);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const page = request.css ? await stylesheet(request.css) : await typesetPage(request.math, request.id);
    const used = process.cpuUsage(cpu);
    send({ id: request.id, ...page, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  } catch (error) {
    send({ id: request?.id ?? null, fatal: String(error?.stack ?? error) });
  }
}
