// Builds a Pagefind index from pages streamed in while the build is still making others (Pagefind's
// Node API: createIndex, addHTMLFile, writeFiles; https://pagefind.app/docs/node-api/). Run by
// SearchIndexSession.cs on the tool's worker host (Workers/WorkerHost.cs) as `node pagefind-index.mjs`,
// spoken to in JSON lines (SearchIndexProtocol.cs):
//   { "pagefind": "<path of pagefind/lib/index.js>", "excludeSelectors": [...] }   first, once;
//        answered by { "ready": true, "version": "1.x" } once the index is created
//   { "url": "/2019/08/x/", "content": "<html>…" }                                 one per page, unanswered
//   { "write": "<bundle folder>" }                                                 last; answered by
//        { "pages": n, "words": n } once the bundle is written
// On any error the answer is { "error": "<message naming the page>" } and the worker exits 1. stdout
// carries only these lines; anything else Node or Pagefind prints goes to stderr.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

// A build that dies (SIGKILL, SIGHUP) cannot end this worker, so the worker ends itself when its
// parent is gone (Node's process.ppid is read anew each time). See ProcessMarker in Workers/.
const parentPid = process.ppid;
setInterval(() => { if (process.ppid !== parentPid) process.exit(70); }, 500).unref();

// stdout is the protocol's: whatever a library logs goes to stderr, which the host keeps.
for (const name of ['log', 'info', 'warn', 'debug']) console[name] = console.error;

function check(what, response) {
  if (response?.errors?.length) throw new Error(`${what}: ${response.errors.join('; ')}`);
  return response;
}

let pagefind = null;
let exitCode = 0;
try {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error('no request on stdin');
  const request = JSON.parse(first.value);
  pagefind = await import(pathToFileURL(request.pagefind).href);
  const { index } = check('createIndex', await pagefind.createIndex({ excludeSelectors: request.excludeSelectors ?? [] }));
  const version = JSON.parse(readFileSync(new URL('../package.json', pathToFileURL(request.pagefind)), 'utf8')).version;
  process.stdout.write(JSON.stringify({ ready: true, version }) + '\n');
  // Pages are sent to Pagefind as they arrive, without waiting for the previous one: its service
  // takes them in the order sent (the index depends on that order, so the caller sends a fixed
  // one) and works while the next page is read. Each page's errors name that page.
  const added = [];
  let output = null;
  for (let line = await lines.next(); !line.done; line = await lines.next()) {
    if (line.value.length === 0) continue;
    const message = JSON.parse(line.value);
    if (message.write !== undefined) { output = message.write; break; }
    const { url, content } = message;
    const page = index.addHTMLFile({ url, content }).then(r => check(`indexing ${url}`, r));
    page.catch(() => { }); // reported by Promise.all below, not as an unhandled rejection meanwhile
    added.push(page);
  }
  if (output === null) throw new Error('the page list ended without a "write" request');
  let words = 0;
  for (const page of await Promise.all(added)) words += page.file?.uniqueWords ?? 0;
  check('writing the index', await index.writeFiles({ outputPath: output }));
  process.stdout.write(JSON.stringify({ pages: added.length, words }) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e?.message ?? e) }) + '\n');
  exitCode = 1;
} finally {
  await pagefind?.close();
}
process.exit(exitCode);
