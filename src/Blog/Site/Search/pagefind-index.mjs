// Builds a Pagefind index for a list of HTML pages (Pagefind's Node API: createIndex, addHTMLFile,
// writeFiles; https://pagefind.app/docs/node-api/). Run by SearchIndexer.cs as
//   node pagefind-index.mjs < request.json
// with request = { pagefind: "<path of pagefind/lib/index.js>", output: "<bundle folder>",
//                  excludeSelectors: [...], pages: [{ file: "<html file>", url: "/2019/08/x/" }] }.
// Prints { pages, words, files } as one JSON line; on any error prints the message to stderr and exits 1.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const pagefind = await import(pathToFileURL(request.pagefind).href);

function check(what, response) {
  if (response?.errors?.length) throw new Error(`${what}: ${response.errors.join('; ')}`);
  return response;
}

let exitCode = 0;
try {
  const { index } = check('createIndex', await pagefind.createIndex({ excludeSelectors: request.excludeSelectors ?? [] }));
  let words = 0;
  // Sequential on purpose: the Pagefind service indexes in its own threads, and a page's errors
  // are then reported against that page.
  for (const page of request.pages) {
    const content = await readFile(page.file, 'utf8');
    const added = check(`indexing ${page.url}`, await index.addHTMLFile({ url: page.url, content }));
    words += added.file?.uniqueWords ?? 0;
  }
  check('writing the index', await index.writeFiles({ outputPath: request.output }));
  process.stdout.write(JSON.stringify({ pages: request.pages.length, words }) + '\n');
} catch (e) {
  process.stderr.write(String(e?.message ?? e) + '\n');
  exitCode = 1;
} finally {
  await pagefind.close();
}
process.exit(exitCode);
