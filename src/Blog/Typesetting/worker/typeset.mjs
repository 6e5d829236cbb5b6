// MathJax worker: typesets the math of one page per request, exactly as MathJax would in the browser.
//
// Protocol (JSON lines): the first line on stdin is the configuration
//   {"nodeModules": "...", "fontUrl": "...", "exFactor": 0.5, "load": [...], "source": {...}, "tex": {...}, "options": {...}}
// and the worker answers {"ready": true, "version": "4.1.3"}. Then each request
//   {"id": 1, "math": [{"text": "\\(x\\)", "display": false}, ...]}
// is answered by {"id": 1, "html": [...], "errors": [{"index": 0, "message": "..."}], "css": "...", "ms": 12.3}
// or {"id": 1, "fatal": "..."} when MathJax itself fails. Before it works on formula i (compiling
// the TeX, then typesetting it), the worker writes {"id": 1, "formula": i}: the builder gives each
// formula its own time limit and can name the one that ran out of it. (Writes to a pipe are
// synchronous in Node on Linux, so the line leaves even while MathJax keeps the thread busy.) stdout carries only these lines, so
// everything MathJax prints goes to stderr.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

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
send({ ready: true, version: MathJax.version });

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One MathJax document per page, so equation numbers and \eqref resolve as in the browser. */
async function typesetPage(math, id) {
  const body = math.map((m, i) => {
    const tag = m.display ? 'div' : 'span';
    return `<${tag} class="math" data-i="${i}">${escape(m.text)}</${tag}>`;
  }).join('\n');
  // Start every page with empty caches, so its stylesheet covers exactly its own math.
  output.clearCache();
  output.chtmlStyles = null;
  MathJax.texReset();
  const doc = MathJax.startup.getDocument(`<html><head></head><body class="tex2jax_ignore">${body}</body></html>`);
  doc.findMath();
  for (const item of doc.math) reportProgress(item, id);
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
  return { html, errors, css: adaptor.textContent(output.styleSheet(doc)) };
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

for (let line = await lines.next(); !line.done; line = await lines.next()) {
  if (!line.value.trim()) continue;
  let request;
  try {
    request = JSON.parse(line.value);
    const start = performance.now();
    const page = await typesetPage(request.math, request.id);
    send({ id: request.id, ...page, ms: performance.now() - start });
  } catch (error) {
    send({ id: request?.id ?? null, fatal: String(error?.stack ?? error) });
  }
}
