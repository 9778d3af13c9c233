// Serves dist/ (or another built folder) with Astro's preview server on a port of its own, for as
// long as the bench runs.
import { spawn } from 'node:child_process';

/** @returns {Promise<{ origin: string, stop: () => void }>} */
export async function serveBuild(port = 4322, /** @type {string | undefined} */ outDir = undefined) {
  const origin = `http://127.0.0.1:${port}`;
  // On this project's own Node (the one running the bench), whatever `node` the PATH finds first.
  const astro = ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1'];
  if (outDir) astro.push('--outDir', outDir);
  const server = spawn(process.execPath, astro, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) {
        // Stopped however the bench ends, a crash included: a server left running would keep the
        // port, and Astro refuses to start a second preview of the same project.
        const stop = () => server.kill();
        process.once('exit', stop);
        return { origin, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`the preview server did not answer at ${origin}`);
}
