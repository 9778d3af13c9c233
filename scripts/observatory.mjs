// The MDN HTTP Observatory's own scanner (npm @mdn/mdn-http-observatory) run against a built site
// served by scripts/static-host.mjs, which applies its `_headers` as a static host would. The
// scanner checks HTTPS (the redirect to it, HSTS, a certificate it trusts), so the local host has
// one: a certificate for localhost made for this run and trusted by this process alone. It scans
// the site's home page.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { localCertificate, startStaticHost } from './static-host.mjs';

const require = createRequire(import.meta.url);

/**
 * The scanner reads Chromium's HSTS preload list from a file its install script downloads, which
 * no install here may do. The host scanned is localhost, on no preload list: an empty list gives
 * the answer the whole list would.
 */
function ensurePreloadList() {
  const folder = dirname(dirname(require.resolve('@mdn/mdn-http-observatory/package.json')));
  const list = join(folder, 'mdn-http-observatory', 'conf', 'hsts-preload.json');
  if (!existsSync(list)) writeFileSync(list, '{}\n');
}

/**
 * Scans the site built in `root`: the grade, the score, and each test's result and whether it
 * passed, as the Observatory reports them.
 * @param {string} root
 */
export async function observatoryScan(root) {
  ensurePreloadList();
  // The scanner's requests go to this machine, never through a proxy set for the outside world.
  process.env.NO_PROXY = [process.env.NO_PROXY, 'localhost'].filter(Boolean).join(',');
  const { key, cert } = await localCertificate();
  setDefaultCACertificates([...getCACertificates('default'), cert]);
  const { scan } = await import('@mdn/mdn-http-observatory');
  const host = await startStaticHost({ root, key, cert });
  try {
    const result = await scan(host.host);
    return {
      grade: result.scan.grade,
      score: result.scan.score,
      testsPassed: result.scan.testsPassed,
      testsQuantity: result.scan.testsQuantity,
      tests: Object.entries(result.tests).map(([name, test]) => ({
        name,
        pass: test.pass,
        result: test.result,
        scoreModifier: test.scoreModifier,
      })),
    };
  } finally {
    await host.stop();
  }
}
