// Runs npm scripts at the same time, one per core, and prints what each said once it is done, one
// after the other, so their lines do not interleave. Fails if any failed, naming which.
//   node scripts/side-by-side.mjs <npm script> <npm script>…
// npm test runs the type check, the lint and the unit tests beside the build tests this way, and
// the tests of dist/ beside the development server's.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/side-by-side.mjs <npm script> <npm script>…');
  process.exit(2);
}

/** Runs `npm run <name>`; what it printed, and whether it succeeded. */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', name], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, output, ok: code === 0 }));
  });
}

const results = await Promise.all(names.map(run));
for (const { output } of results) process.stdout.write(output);
const failed = results.filter((result) => !result.ok).map((result) => result.name);
if (failed.length > 0) {
  console.error(`\nFailed: npm run ${failed.join(', npm run ')}`);
  process.exit(1);
}
