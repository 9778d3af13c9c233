import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../src/lib/hosting/headers-file';

const FILE = `# a comment
/*
  X-Content-Type-Options: nosniff
  Link: </a.css>; rel=preload

/embed/*
  Content-Security-Policy: frame-ancestors *
  Link: </b.css>; rel=preload
`;

describe('a _headers file read as a static host reads it', () => {
  test('every rule whose path matches applies, in order, and a header named twice joins its values', () => {
    const rules = parseHeadersFile(FILE);
    expect(Object.fromEntries(headersFor(rules, '/embed/x/'))).toEqual({
      'x-content-type-options': 'nosniff',
      link: '</a.css>; rel=preload, </b.css>; rel=preload',
      'content-security-policy': 'frame-ancestors *',
    });
    expect([...headersFor(rules, '/analyses/x/').keys()]).toEqual(['x-content-type-options', 'link']);
  });

  test('a star stands for any run of characters and nothing else in a path is special', () => {
    const rules = parseHeadersFile('/a.b/*.png\n  X: 1\n');
    expect(headersFor(rules, '/a.b/c/d.png').get('x')).toBe('1');
    expect(headersFor(rules, '/axb/c.png').size).toBe(0);
  });

  test('a header with no path above it is named by file and line, with the fix', () => {
    expect(() => parseHeadersFile('  X: 1\n', 'public/_headers')).toThrow(
      'public/_headers:1: found "X: 1"; expected a path at the start of a line, or an indented "Name: value" header beneath one',
    );
  });

  test('the site’s own file reads without a problem and gives every page its policy', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(headersFor(rules, '/').get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
