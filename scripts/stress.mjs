// npm run test:stress: every test that waits on something whose timing a busy machine changes
// (the development server taking a save, a link landing on its passage with or without script,
// fonts, scrolling, a server or a service worker), run many times over (30, or STRESS_REPEATS)
// while a process keeps one core busy, as CI's machine is. Not part of npm test: it takes long.
// It tests the production build in dist/ (npm run build:local first, which the npm script does).
import { spawn, spawnSync } from 'node:child_process';

const REPEATS = Number(process.env.STRESS_REPEATS ?? 30);
if (!Number.isInteger(REPEATS) || REPEATS < 1) {
  console.error(`STRESS_REPEATS: found "${process.env.STRESS_REPEATS}"; give a whole number of runs, e.g. 30`);
  process.exit(1);
}

// One core kept busy for the whole run, as other work keeps CI's machine.
const hog = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
const stopHog = () => hog.kill();
process.on('exit', stopHog);

/** Runs a tier of the tests, printing as it goes; its exit status. */
function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  }).status;
}

const results = [
  // The dev server: an editor breaks the events file and mends it, REPEATS times on one server.
  run('vitest', ['run', 'tests/build/dev-server.test.ts'], { BORDERLINES_STRESS_REPEATS: String(REPEATS) }),
  run('node', ['scripts/ensure-chromium.mjs']),
  // Every test tagged @timing, in each project that runs it, REPEATS times.
  run('playwright', ['test', '--grep', '@timing', '--repeat-each', String(REPEATS), '--reporter', 'dot']),
];
stopHog();
const failed = results.filter((status) => status !== 0).length;
console.log(
  failed ? `\n${failed} tier(s) of the stress run failed.` : `\nEvery test held ${REPEATS} runs beside a busy core.`,
);
process.exit(failed ? 1 : 0);
