// npm run publish -- <slug>: records what readers are now shown of the analysis, in every
// edition, in content/published.lock.json. From then on the build stops when a published part's
// words change with no log entry for them. Run it once a change has gone live; it refuses while
// the content has a problem, so that no unlogged change is ever recorded as published.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const [slug, ...rest] = process.argv.slice(2);
const fail = (line) => {
  console.error(line);
  process.exit(1);
};
if (!slug || rest.length > 0)
  fail('npm run publish: arguments: found none or too many; write npm run publish -- <slug>');

const load = async (path) => (await runnerImport(path, { configFile: false, logLevel: 'silent' })).module;
const { publishedRecordFor } = await load('./src/lib/check/publish-record.ts');
const { contentRoot, PUBLISHED_FILE } = await load('./src/lib/content/paths.ts');

const root = contentRoot();
const path = join(root, PUBLISHED_FILE);
const day = process.env.PUBLISH_DAY ?? new Date().toISOString().slice(0, 10);
const result = publishedRecordFor(root, slug, day);
if (result.problems) fail(result.problems.join('\n'));

const before = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
const note =
  'What readers were shown of each published analysis, per edition: a hash of the words of each part. Written by npm run publish -- <slug>; do not edit by hand.';
const { '//': _note, ...analyses } = before;
const after = { '//': note, ...Object.fromEntries(Object.entries({ ...analyses, [slug]: result.value }).sort()) };
writeFileSync(path, `${JSON.stringify(after, null, 2)}\n`);
const editions = Object.keys(result.value);
console.log(`${path}: ${slug} recorded as published on ${day}, in ${editions.join(', ')}.`);
