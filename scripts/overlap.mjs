// npm run overlap -- <source text file> <built page or text file>: prints each run of eight or more
// words the page shares with the reporting it was written from, then how many. Only names and
// titles should remain; reword the rest.
import { readFileSync } from 'node:fs';
import { sharedRuns } from './overlap/shared-runs.mjs';

const RUN_LENGTH = 8;
const [sourcePath, pagePath] = process.argv.slice(2);
if (!sourcePath || !pagePath) {
  console.error(
    'npm run overlap: arguments: found too few; write npm run overlap -- <source text file> <built page or text file>, e.g. dist/analyses/<slug>/index.html',
  );
  process.exit(1);
}
const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    console.error(`${path}: file: found nothing; check the path`);
    return process.exit(1);
  }
};

const runs = sharedRuns(read(sourcePath), read(pagePath), RUN_LENGTH);
for (const run of runs) console.log(`${run.length} words: ${run.join(' ')}`);
console.log(`${runs.length} ${runs.length === 1 ? 'run' : 'runs'} of ${RUN_LENGTH}+ words shared`);
