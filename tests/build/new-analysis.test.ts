import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site';

// `npm run new -- <slug>` is how an editor starts: the two files it writes must build as they
// are, on a site with no other analysis, and the script must refuse what it cannot do in one line.
const root = mkdtempSync(join(tmpdir(), 'borderlines-new-'));
const runNew = (...args: string[]) =>
  spawnSync('node', ['scripts/new-analysis.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BORDERLINES_CONTENT_ROOT: root },
  });

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  test('scaffolds an analysis that builds unchanged, and says what to do next', () => {
    const made = runNew('first-steps');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Next:');
    const analysis = join(root, 'content/analyses/first-steps.mdx');
    expect(existsSync(analysis)).toBe(true);
    expect(readFileSync(analysis, 'utf8')).toMatch(/^published: \d{4}-\d{2}-\d{2}$/m);
    expect(readFileSync(join(root, 'data/events/first-steps.json'), 'utf8')).toContain(
      'content/analyses/first-steps.mdx',
    );

    const build = buildSite(root);
    expect(build.ok, build.output).toBe(true);
    const page = readFileSync(join(build.outDir, 'analyses/first-steps/index.html'), 'utf8');
    expect(page).toContain('Headline of the new analysis');
    expect(page).toContain('data-event="first-event"');
    rmSync(join(build.outDir, '..'), { recursive: true, force: true });
  }, 120_000);

  test('refuses to overwrite an analysis, in one line naming the file', () => {
    const again = runNew('first-steps');
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(
      `${join(root, 'content/analyses/first-steps.mdx')}: file: found an existing file; choose another slug, or edit this one`,
    );
  });

  test('refuses a slug that is not an address, in one line with an example', () => {
    const bad = runNew('First Steps');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^npm run new: slug: found "First Steps"; .* npm run new -- sahel-coups-2024$/);
  });
});
