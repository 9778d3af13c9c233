// Runs npm scripts at the same time and prints what each said once it is done, one after the
// other, so their lines do not interleave. Fails if any failed, naming which.
//   node scripts/side-by-side.mjs <npm script> <npm script>…
// The first is the longest, or the one whose timing matters: the others give way to it (a lower
// priority, `nice`), so it runs as fast as alone and they fill the core it leaves. npm test runs
// the build tests with the type check, the lint and the unit tests beside them this way, and the
// development server's test with the tests of dist/ beside it.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/side-by-side.mjs <npm script> <npm script>…');
  process.exit(2);
}

/** Runs `npm run <name>`; what it printed, and whether it succeeded. */
function run(name, index) {
  const command = index === 0 ? ['npm', 'run', name] : ['nice', '-n', '10', 'npm', 'run', name];
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
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
