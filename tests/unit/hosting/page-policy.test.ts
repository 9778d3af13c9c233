import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { keepOwnHashes } from '../../../src/lib/hosting/page-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('a page’s policy cut to its own code', () => {
  test('keeps the hashes of the page’s inline scripts and styles and drops the others', () => {
    const script = 'console.log(1)';
    const style = 'p{color:red}';
    const policy = `script-src 'self' ${hash(script)} ${hash('elsewhere()')}; style-src 'self' ${hash(style)} ${hash('a{}')}`;
    const html = page(policy, `<script type="module">${script}</script><style>${style}</style>`);
    expect(keepOwnHashes(html)).toBe(
      page(
        `script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}`,
        `<script type="module">${script}</script><style>${style}</style>`,
      ),
    );
  });

  test('a script loaded from a file, and a data block, need no hash; a page without a policy is left as it is', () => {
    const html = page(
      `script-src 'self' ${hash('{"a":1}')}`,
      '<script src="/a.js"></script><script type="application/json">{"a":1}</script>',
    );
    expect(keepOwnHashes(html)).toBe(
      page(`script-src 'self'`, '<script src="/a.js"></script><script type="application/json">{"a":1}</script>'),
    );
    expect(keepOwnHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  test('never adds a hash: an inline script the policy did not allow stays blocked', () => {
    const html = page(`script-src 'self'`, '<script>run()</script>');
    expect(keepOwnHashes(html)).toBe(html);
  });
});
