import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, test } from 'vitest';
import { bodyLineForLine } from '../../../src/lib/content/mdx-body';
import { listFiles } from '../../../src/lib/list-files';

const mdxFiles = [...listFiles('content'), ...listFiles('tests/fixtures/sites')].filter((file) =>
  file.endsWith('.mdx'),
);

describe('an MDX file’s body, line for line', () => {
  test('is what Astro gives with its frontmatter’s lines left empty, for every analysis and edition here', () => {
    expect(mdxFiles.length).toBeGreaterThan(5);
    for (const file of mdxFiles) {
      const code = readFileSync(file, 'utf8');
      expect(bodyLineForLine(code), file).toBe(parseFrontmatter(code, { frontmatter: 'empty-with-lines' }).content);
    }
  });

  test('keeps every line where it was, and a file without frontmatter as it is', () => {
    const code = '---\ntitle: "A"\ndek: B\n---\n\n<Passage id="p">Text</Passage>\n';
    const body = bodyLineForLine(code);
    expect(body.split('\n')).toHaveLength(code.split('\n').length);
    expect(body.split('\n')[5]).toBe('<Passage id="p">Text</Passage>');
    expect(body).not.toContain('title');
    expect(bodyLineForLine('<Passage id="p">Text</Passage>\n')).toBe('<Passage id="p">Text</Passage>\n');
  });
});
