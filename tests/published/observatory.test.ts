import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { observatoryScan } from '../../scripts/observatory.mjs';

// The MDN HTTP Observatory's scanner against dist/ served over HTTPS with dist/_headers applied
// (scripts/observatory.mjs): what a reader's browser gets from a host that reads that file.
const scratch = mkdtempSync(join(tmpdir(), 'borderlines-observatory-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the headers a host sends with the built site', () => {
  test('grade A+ on the MDN HTTP Observatory, every test passed', async () => {
    const report = await observatoryScan('dist');
    console.log(
      `Observatory: ${report.grade}, score ${report.score}\n${report.tests
        .map((t) => `  ${t.pass ? 'pass' : 'FAIL'} ${t.name}: ${t.result} (${t.scoreModifier})`)
        .join('\n')}`,
    );
    expect(report.grade).toBe('A+');
    expect(report.tests.filter((t) => !t.pass).map((t) => t.result)).toEqual([]);
    expect(report.testsQuantity).toBeGreaterThanOrEqual(10);
  });

  test('the same page without the _headers file grades lower: the scan reads what the host sends', async () => {
    copyFileSync('dist/index.html', join(scratch, 'index.html'));
    const report = await observatoryScan(scratch);
    expect(report.grade).not.toBe('A+');
    expect(report.tests.find((t) => t.name === 'strict-transport-security')?.pass).toBe(false);
  });
});
