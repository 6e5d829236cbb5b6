// Citation worker: formats the citations and the bibliography of one page per request with
// citeproc-js (the CSL processor of Zotero and Mendeley), from BibTeX/BibLaTeX entries parsed by
// citation-js or from CSL-JSON items.
//
// Protocol (JSON lines): the first line on stdin is the configuration {"nodeModules": "..."} and
// the worker answers {"ready": true, "version": "<citeproc version>"}. Then each request
//   {"id": 1, "style": "<CSL XML>", "styleKey": "<hash>", "locale": "zh-CN",
//    "locales": {"zh-CN": "<locale XML>", "en-US": "..."}, "linkCitations": true,
//    "entries": [{"key": "ma2020", "format": "bibtex" | "csl-json", "text": "...", "file": "references.bib", "line": 12}],
//    "strings": "@string{...}\n...",          (the @string definitions of the .bib files, for BibTeX entries)
//    "citations": [{"items": [{"key": "ma2020", "prefix": "see ", "suffix": "", "locator": "3", "label": "page",
//                              "suppressAuthor": false}], "authorInText": false}]}
// is answered by {"id": 1, "citations": ["<html>", ...], "bibliography": [{"id": "ma2020", "html": "..."}],
//   "errors": [{"file": "references.bib", "line": 14, "column": 3, "message": "..."}], "ms": 4.2}
// or {"id": 1, "fatal": "..."} when a library throws on something that is not an entry's fault.
// stdout carries only these lines; anything the libraries print goes to stderr.
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import path from 'node:path';

// A build that dies (SIGKILL, SIGHUP) cannot end this worker, so the worker ends itself when its
// parent is gone (Node's process.ppid is read anew each time). See ProcessMarker in Workers/.
const parentPid = process.ppid;
setInterval(() => { if (process.ppid !== parentPid) process.exit(70); }, 500).unref();

const stderr = console.error.bind(console);
for (const name of ['log', 'info', 'warn', 'debug']) console[name] = stderr;
const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();

const config = JSON.parse((await lines.next()).value);
const require = createRequire(path.join(config.nodeModules, 'noop.js'));
const CSL = require('citeproc');
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
const bibtexConfig = plugins.config.get('@bibtex');
// As Pandoc and biblatex: English titles are stored in sentence case, with {Braced} words kept as
// written (CSL's nocase), so a style that wants title case or sentence case gets it right.
bibtexConfig.parse.sentenceCase = 'english';
bibtexConfig.parse.strict = false;
send({ ready: true, version: CSL.PROCESSOR_VERSION });

/** Parsed entries by their text (and the @string definitions they may use): a post's entries are parsed once per worker. */
const parsed = new Map();

/** One BibTeX entry → a CSL item, or an error whose line is the .bib file's. */
function parseBibtex(entry, strings) {
  const cacheKey = strings + '\u0000' + entry.text;
  if (parsed.has(cacheKey)) return parsed.get(cacheKey);
  const stringLines = strings ? strings.split('\n').length : 0;
  let result;
  try {
    const items = new Cite(strings ? strings + '\n' + entry.text : entry.text).data;
    const item = items.find((i) => i['citation-key'] === entry.key || i.id === entry.key);
    if (!item) result = { error: { file: entry.file, line: entry.line, column: 1, message: `citation-js read no entry '${entry.key}' here.` } };
    else {
      delete item._graph;
      item.id = entry.key;
      withLanguage(item);
      result = { item };
    }
  } catch (e) {
    const where = /at line (\d+) col (\d+)/.exec(e.message);
    const line = where ? Math.max(1, Number(where[1]) - stringLines) : 1;
    result = {
      error: {
        file: entry.file,
        line: entry.line + line - 1,
        column: where ? Number(where[2]) : 1,
        message: e.message.split('\n')[0].replace(/ at line \d+ col \d+:?$/, ''),
      },
    };
  }
  parsed.set(cacheKey, result);
  return result;
}

function parseCslJson(entry) {
  try {
    const item = JSON.parse(entry.text);
    item.id = entry.key;
    withLanguage(item);
    return { item };
  } catch (e) {
    return { error: { file: entry.file, line: entry.line, column: 1, message: 'not valid CSL-JSON: ' + e.message } };
  }
}

/**
 * Styles such as GB/T 7714 format an entry by its language (等 or et al., 卷 or vol.). An entry
 * without a language field is taken as Chinese when its title or names hold CJK characters, else English.
 */
// biblatex's langid names (babel/polyglossia languages) as the BCP 47 tags CSL matches locales by.
const babel = {
  chinese: 'zh-CN', english: 'en-US', american: 'en-US', usenglish: 'en-US', british: 'en-GB', ukenglish: 'en-GB',
  german: 'de-DE', ngerman: 'de-DE', french: 'fr-FR', japanese: 'ja-JP', korean: 'ko-KR', russian: 'ru-RU',
  spanish: 'es-ES', italian: 'it-IT', portuguese: 'pt-PT', brazilian: 'pt-BR', dutch: 'nl-NL',
};

function withLanguage(item) {
  if (item.language && babel[item.language.toLowerCase()]) item.language = babel[item.language.toLowerCase()];
  if (!item.language) {
    const text = [item.title, ...(item.author ?? []).map((a) => (a.family ?? '') + (a.given ?? '') + (a.literal ?? ''))].join(' ');
    item.language = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text) ? 'zh-CN' : 'en-US';
  }
  return item;
}

const escapeText = (text) => String(text).replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&#34;');

// citeproc-js's html format links DOI and URL fields by joining strings, with the field's text
// (escaped for text, not for an attribute) as the href: a quote in a DOI would end the attribute.
// These write the link only for an http(s) URL (a DOI becomes https://doi.org/…), percent-encoded
// by the URL parser and escaped for the attribute; anything else (javascript:, data:) stays text.
const unescapeText = (text) => String(text).replace(/&#60;/g, '<').replace(/&#62;/g, '>').replace(/&#38;/g, '&');
function httpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
function linked(href, str) {
  return href ? `<a href="${escapeAttribute(href.replace(/"/g, '%22').replace(/'/g, '%27'))}">${str}</a>` : str;
}
CSL.Output.Formats.html['@URL/true'] = (state, str) => linked(httpUrl(unescapeText(str)), str);
CSL.Output.Formats.html['@DOI/true'] = (state, str) => {
  const doi = unescapeText(str).trim();
  return linked(/^https?:\/\//i.test(doi) ? httpUrl(doi) : httpUrl('https://doi.org/' + encodeURI(doi.replace(/^doi:\s*/i, ''))), str);
};

/** Engines by style, locale and linking: building one reads the whole style, which for APA takes seconds. */
const engines = new Map();
let items = {};

function engineFor(request) {
  const key = `${request.styleKey}|${request.locale}|${!!request.linkCitations}`;
  let engine = engines.get(key);
  if (engine) return engine;
  const sys = {
    retrieveLocale: (lang) => localeOf(request, lang),
    retrieveItem: (id) => items[id],
    wrapCitationEntry: (str, id) => `<a href="#ref-${escapeAttribute(id)}" data-preview>${str}</a>`,
  };
  engine = new CSL.Engine(sys, request.style, request.locale);
  engine.opt.development_extensions.wrap_url_and_doi = true;
  const citation = /<citation[\s>][\s\S]*?<\/citation>/.exec(request.style)?.[0] ?? '';
  engine.numeric = citation.includes('variable="citation-number"');
  engine.showsLocator = usesLocator(request.style, citation, new Set());
  // Author-date styles: citeproc-js links each item itself (wrapCitationEntry), but then leaves out
  // the layout's affixes, which format() puts back. Numeric styles collapse 1–3 and lose the items,
  // so their numbers are linked after formatting.
  engine.opt.development_extensions.apply_citation_wrapper = !!request.linkCitations && !engine.numeric;
  engines.set(key, engine);
  return engine;
}

/**
 * Whether a style's citation layout prints the locator (variable="locator" in it or in a macro it calls).
 * GB/T 7714 numeric does not: there the writer's locator goes after the number, as Pandoc prints it ("[1, p. 3]").
 */
function usesLocator(style, part, seen) {
  if (/variable="[^"]*\blocator\b/.test(part)) return true;
  for (const [, name] of part.matchAll(/macro="([^"]+)"/g)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const body = new RegExp(`<macro name="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[\\s\\S]*?<\\/macro>`).exec(style)?.[0];
    if (body && usesLocator(style, body, seen)) return true;
  }
  return false;
}

/** The words of an in-text author list in one entry's language ("et al." and "and", or 等 and 和), from its CSL locale and the style. */
const termsByLanguage = new Map();
function termsFor(request, language) {
  const key = `${request.styleKey}|${language}`;
  let terms = termsByLanguage.get(key);
  if (terms) return terms;
  const sys = { retrieveLocale: (lang) => localeOf(request, lang), retrieveItem: (id) => items[id] };
  const engine = new CSL.Engine(sys, request.style, language, true);
  terms = { etAl: engine.getTerm('et-al') || 'et al.', and: engine.getTerm('and') || 'and' };
  termsByLanguage.set(key, terms);
  return terms;
}

const localeOf = (request, lang) => request.locales[lang]
  ?? request.locales[Object.keys(request.locales).find((l) => l.split('-')[0] === String(lang).split('-')[0])]
  ?? request.locales['en-US'];

/** Links each citation number of a numeric style's citation to its entry: "[1–3]" links 1 and 3. */
function linkNumbers(html, ids) {
  const byNumber = new Map(ids.map((id) => [String(engineNumbers.get(id)), id]));
  // Only text between tags, only whole numbers that are this citation's items.
  return html.replace(/(>|^)([^<]*)/g, (all, open, text) => open + text.replace(/(?<![\w.])(\d+)(?![\w.])/g,
    (n) => byNumber.has(n) ? `<a href="#ref-${escapeAttribute(byNumber.get(n))}" data-preview>${n}</a>` : n));
}
let engineNumbers = new Map();

/**
 * The author of an author-in-text citation as a noun, for styles whose citations have no names
 * (numeric styles such as GB/T 7714 and IEEE), as Pandoc does, in the entry's own language as GB/T 7714
 * writes each entry: "Ma et al." for an English entry, "马 等" for a Chinese one, whatever the page's language.
 */
function authorNoun(request, item) {
  const names = item.author ?? item.editor ?? [];
  const family = (n) => n.literal ?? n.family ?? n.given ?? '';
  if (names.length === 0) return escapeText(item.title ?? item.id);
  if (names.length === 1) return escapeText(family(names[0]));
  const { etAl, and } = termsFor(request, item.language || request.locale);
  const cjk = /^[\u3400-\u9fff]/.test(etAl);
  if (names.length === 2) return escapeText(`${family(names[0])} ${and} ${family(names[1])}`);
  // Chinese typography: no space between Chinese characters, a space between a Latin name and 等.
  const space = cjk && /^[\u3400-\u9fff]/.test(family(names[0]).slice(-1)) ? '' : ' ';
  return escapeText(`${family(names[0])}${space}${etAl}`);
}

/** An item's suffix; where the style prints no locator, the locator as written comes first (", p. 3"). */
function suffixOf(engine, item) {
  if (!item.locator || engine.showsLocator) return item.suffix ?? '';
  const written = item.locatorText || `${engine.getTerm(item.label || 'page', 'short') || ''} ${item.locator}`.trim();
  return `, ${written}${item.suffix ?? ''}`;
}

function format(request) {
  items = {};
  const errors = [];
  for (const entry of request.entries) {
    const result = entry.format === 'csl-json' ? parseCslJson(entry) : parseBibtex(entry, request.strings ?? '');
    if (result.error) errors.push(result.error);
    // citeproc-js wraps a citation entry (for its link) only when the item has a system id.
    else items[entry.key] = { ...result.item, system_id: entry.key };
  }
  if (errors.length > 0) return { citations: [], bibliography: [], errors };

  const engine = engineFor(request);
  const citationItems = (c) => c.items.map((item) => ({
    id: item.key,
    ...(item.prefix ? { prefix: item.prefix } : {}),
    ...(suffixOf(engine, item) ? { suffix: suffixOf(engine, item) } : {}),
    ...(item.locator && engine.showsLocator ? { locator: item.locator, label: item.label || 'page' } : {}),
    ...(item.suppressAuthor ? { 'suppress-author': true } : {}),
  }));
  // Author-in-text (Pandoc's @key) is the author as a noun (author-only), then the citation
  // without the author (suppress-author): "Ma et al. (2020)", "Ma 等 [1]".
  const citations = request.citations.flatMap((c, i) => c.authorInText
    // The author part takes no affixes: the prefix, locator and suffix belong to the citation after it.
    ? [{ citationID: `a${i}`, citationItems: c.items.map((item) => ({ id: item.key })), properties: { noteIndex: 0, mode: 'author-only' } },
       { citationID: `c${i}`, citationItems: citationItems(c), properties: { noteIndex: 0, mode: 'suppress-author' } }]
    : [{ citationID: `c${i}`, citationItems: citationItems(c), properties: { noteIndex: 0 } }]);
  const html = new Array(request.citations.length).fill('');
  const authors = new Array(request.citations.length).fill('');
  for (const [id, , text] of engine.rebuildProcessorState(citations, 'html')) (id[0] === 'a' ? authors : html)[Number(id.slice(1))] = text;
  const [params, entries] = engine.makeBibliography();
  engineNumbers = new Map(params.entry_ids.map((ids, i) => [String(ids), i + 1]));
  const link = (id, text) => request.linkCitations ? `<a href="#ref-${escapeAttribute(id)}" data-preview>${text}</a>` : text;
  const { layout_prefix: before = '', layout_suffix: after = '' } = engine.citation.opt;
  request.citations.forEach((c, i) => {
    const ids = c.items.map((item) => item.key);
    if (request.linkCitations && engine.numeric) html[i] = linkNumbers(html[i], ids);
    else if (request.linkCitations) html[i] = escapeText(before) + html[i] + escapeText(after);
    if (c.authorInText) {
      // A style with no names in its citations (numeric) gives nothing for the author part.
      const author = !authors[i] || authors[i].includes('[NO_PRINTED_FORM]') ? link(ids[0], authorNoun(request, items[ids[0]])) : authors[i];
      html[i] = author + ' ' + html[i];
    }
  });
  const bibliography = entries.map((entryHtml, i) => ({ id: String(params.entry_ids[i]), html: entryHtml.trim() }));
  return { citations: html, bibliography, errors: [] };
}

for await (const line of { [Symbol.asyncIterator]: () => lines }) {
  const request = JSON.parse(line);
  const start = performance.now();
  try {
    send({ id: request.id, ...format(request), ms: performance.now() - start });
  } catch (e) {
    send({ id: request.id, fatal: String(e && e.stack || e) });
  }
}
