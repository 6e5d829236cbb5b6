// TikZ worker: draws one TeX document per request to SVG with node-tikzjax (Knuth's TeX and e-TeX's
// LaTeX format compiled to WebAssembly, with TikZ, tikz-cd, pgfplots, circuitikz, chemfig, amsmath).
//
// Protocol (JSON lines): the first line on stdin is the configuration {"nodeModules": "..."}; the
// worker loads the engine (its memory image, its WebAssembly and its TeX files) and answers
// {"ready": true, "version": "1.0.5", "packages": [...], "libraries": [...], "ms": 1234} (ms: the load).
// Then each request {"id": 1, "tex": "\\usepackage{tikz-cd}\n\\begin{document}…\\end{document}\n"} is
// answered by {"id": 1, "svg": "<svg …>", "fonts": ["cmmi10", …], "ms": 12.3} or, when TeX stopped on a
// mistake, {"id": 1, "error": {"message": "Undefined control sequence.", "line": 7, "context": "…"}, "ms": …}
// where line is the line of the document TeX names (l.7), or null. A failure of the worker itself is
// {"id": 1, "fatal": "…"}. stdout carries only these lines; everything else goes to stderr.
//
// What TeX can reach: the engine opens files only through library.setFileLoader, which here reads
// the in-memory file system node-tikzjax unpacked from its own tex_files.tar.gz, and the files TeX
// itself wrote during this run. Nothing of the machine's file system is reachable (\input,
// \openin, \write18 — TeX82 has no shell escape — included).
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';

for (const name of ['log', 'info', 'warn', 'debug']) console[name] = console.error;
const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();

const config = JSON.parse((await lines.next()).value);
const started = performance.now();
const require = createRequire(path.join(config.nodeModules, 'node-tikzjax', 'package.json'));
const tikzjax = require('node-tikzjax');
const library = require('node-tikzjax/dist/library');
const { JSDOM } = createRequire(require.resolve('node-tikzjax'))('jsdom');
const version = require('node-tikzjax/package.json').version;
const texDir = path.join(path.dirname(require.resolve('node-tikzjax/package.json')), 'tex');

await tikzjax.load();
const files = tikzjax.dumpMemfs();
const coreDump = zlib.gunzipSync(fs.readFileSync(path.join(texDir, 'core.dump.gz')));
const engine = await WebAssembly.compile(zlib.gunzipSync(fs.readFileSync(path.join(texDir, 'tex.wasm.gz'))));
const shipped = [];
(function walk(dir) {
  for (const name of files.readdirSync(dir)) {
    const full = dir + '/' + name;
    if (files.statSync(full).isDirectory()) walk(full);
    else shipped.push(name);
  }
})('/tex_files');
const packages = [...new Set(shipped.filter((f) => f.endsWith('.sty')).map((f) => f.slice(0, -4)))].sort();
const libraries = [...new Set(shipped.map((f) => /^tikzlibrary(.+)\.code\.tex$/.exec(f)?.[1]).filter(Boolean))].sort();
send({ ready: true, version, packages, libraries, ms: performance.now() - started });

/** Reads a file TeX asks for: only node-tikzjax's own TeX files, never the machine's. */
async function loadTexFile(name) {
  const normalized = path.posix.normalize(name);
  if (!normalized.startsWith('/tex_files/')) throw new Error('outside the engine');
  return files.readFileSync(normalized);
}

/** Runs TeX once on the document; returns its log and, when it shipped pages, the DVI. */
async function runTex(tex) {
  library.writeFileSync('input.tex', Buffer.from(tex, 'utf8'));
  const memory = new WebAssembly.Memory({ initial: library.pages, maximum: library.pages });
  new Uint8Array(memory.buffer, 0, library.pages * 65536).set(coreDump);
  library.setMemory(memory.buffer);
  library.setInput(' input.tex \n\\end\n');
  library.setFileLoader(loadTexFile);
  try {
    const instance = await WebAssembly.instantiate(engine, { library, env: { memory } });
    await library.executeAsync(instance.exports);
    const read = (name) => { try { return Buffer.from(library.readFileSync(name)); } catch { return null; } };
    return { log: (read('input.log') ?? Buffer.alloc(0)).toString('latin1'), dvi: read('input.dvi') };
  } finally {
    library.deleteEverything();
  }
}

/** The first error TeX logged: "! message", its help, and the "l.N text" line that places it. */
function firstError(log) {
  const all = log.split('\n');
  const start = all.findIndex((l) => l.startsWith('! '));
  if (start < 0) return null;
  const message = all[start].slice(2).trim();
  let line = null;
  let context = '';
  for (let i = start + 1; i < Math.min(all.length, start + 40); i++) {
    const placed = /^l\.(\d+) ?(.*)$/.exec(all[i]);
    if (placed) {
      line = Number(placed[1]);
      context = placed[2] + (all[i + 1] ? all[i + 1].trim() : '');
      break;
    }
    if (all[i].startsWith('! ')) break; // a later error, caused by the first: its place is not the first's
  }
  return { message: readable(message), line, context: readable(context.trim()) };
}

/** TeX writes bytes it cannot print as ^^xx: give a UTF-8 character back its letters. */
function readable(text) {
  return text.replace(/(\^\^[0-9a-f]{2})+/g, (run) => {
    const bytes = Buffer.from(run.split('^^').filter(Boolean).map((h) => parseInt(h, 16)));
    const decoded = bytes.toString('utf8');
    return decoded.includes('\ufffd') ? run : decoded;
  });
}

const namedColors = new Set(['#000', '#000000', 'black', 'rgb(0,0,0)', 'rgb(0, 0, 0)']);

/** Strokes and fills in TeX's default colour (black) become currentColor, so the diagram takes the text colour. */
function followTextColor(svgText) {
  const dom = new JSDOM(`<!DOCTYPE html><body>${svgText}</body>`);
  const svg = dom.window.document.querySelector('svg');
  const fonts = new Set();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of ['fill', 'stroke', 'color', 'stop-color']) {
      const value = element.getAttribute(attribute);
      if (value !== null && namedColors.has(value.trim().toLowerCase())) element.setAttribute(attribute, 'currentColor');
    }
    const style = element.getAttribute('style');
    if (style) element.setAttribute('style', style.replace(/(fill|stroke|color)\s*:\s*(#000000|#000|black)\b/gi, '$1:currentColor'));
    const font = element.getAttribute('font-family');
    if (font) fonts.add(font);
  }
  // Unset fill is black in SVG: text and closed paths drawn in the default colour.
  if (!svg.hasAttribute('fill')) svg.setAttribute('fill', 'currentColor');
  // Sized in em so that TeX's 10pt text is as large as the page's text (10pt is 40/3 px at CSS's 96 px per inch).
  for (const side of ['width', 'height']) {
    const value = Number(svg.getAttribute(side));
    if (Number.isFinite(value) && value > 0) svg.setAttribute(side, (value * 3 / 40).toFixed(3) + 'em');
  }
  return { svg: svg.outerHTML, fonts: [...fonts].sort() };
}

for await (const line of lines) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  const begin = performance.now();
  try {
    const { log, dvi } = await runTex(request.tex);
    const error = firstError(log);
    if (error || !dvi) {
      send({ id: request.id, error: error ?? { message: 'TeX wrote no page: ' + log.split('\n').slice(-4).join(' ').trim(), line: null, context: '' }, ms: performance.now() - begin });
      continue;
    }
    const drawn = followTextColor(await tikzjax.dvi2svg(dvi));
    send({ id: request.id, svg: drawn.svg, fonts: drawn.fonts, ms: performance.now() - begin });
  } catch (e) {
    send({ id: request.id, fatal: String(e?.stack ?? e) });
  }
}
