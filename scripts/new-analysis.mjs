// npm run new -- <slug>: writes the two files of a new analysis from the templates beside this
// script (valid and building as they are, every field explained), then says what to do next.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYSES_FOLDER, contentRoot, ENTITIES_FOLDER, EVENTS_FOLDER } from '../src/lib/content/paths.ts';
import { codesInWords } from '../src/lib/i18n/editions.ts';

const root = contentRoot();
const templates = join(dirname(fileURLToPath(import.meta.url)), 'new-analysis');
const slug = process.argv[2];
const fail = (line) => {
  console.error(line);
  process.exit(1);
};

if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  fail(
    `npm run new: slug: found ${JSON.stringify(slug ?? null)}; give the address of the analysis, lowercase words joined by hyphens: npm run new -- sahel-coups-2024`,
  );
}
const files = {
  analysis: join(root, ANALYSES_FOLDER, `${slug}.mdx`),
  events: join(root, EVENTS_FOLDER, `${slug}.json`),
};
for (const file of Object.values(files)) {
  if (existsSync(file)) fail(`${file}: file: found an existing file; choose another slug, or edit this one`);
}
const today = new Date().toISOString().slice(0, 10);
const fill = (name) =>
  readFileSync(join(templates, name), 'utf8').replaceAll('__TODAY__', today).replaceAll('__SLUG__', slug);
for (const [file, template] of [
  [files.analysis, 'analysis.mdx'],
  [files.events, 'events.json'],
]) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, fill(template));
}
// The template's actors join the registry where it lacks them, so that the new analysis builds.
const actors = join(root, ENTITIES_FOLDER);
const added = [];
for (const name of readdirSync(join(templates, 'entities'))) {
  if (existsSync(join(actors, name))) continue;
  mkdirSync(actors, { recursive: true });
  writeFileSync(join(actors, name), readFileSync(join(templates, 'entities', name)));
  added.push(join(actors, name));
}

console.log(`Created ${files.analysis} and ${files.events}: a small analysis that builds as it is.${
  added.length > 0 ? `\nAdded the actors it names to the registry: ${added.join(', ')}.` : ''
}

Next:
  1. In ${files.analysis}, set the title, dek, published date, region (the countries the map
     shows) and entities, then write its sections and passages. Every entity has a file in
     data/entities/ (its kind, its ISO code if a state, its names in ${codesInWords()}).
  2. In ${files.events}, replace the capitals and borders with your region's, and the example
     event with the events the analysis reports (the notes under "//" keys say what each field takes).
  3. npm run dev, and open http://localhost:4321/analyses/${slug}/ to read it beside its map;
     a mistake shows as one line naming the file, the field and the fix.
  4. npm run build:local, then npm run overlap -- <source text file> dist/analyses/${slug}/index.html
     lists the runs of eight or more words the page still shares with the reporting you worked from.
  5. npm run build before publishing; docs/writing.md has the details.`);
