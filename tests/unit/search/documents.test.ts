import { describe, expect, test } from 'vitest';
import { searchDocuments } from '../../../src/lib/search/documents';
import type { SearchRecord } from '../../../src/lib/search/records';

const record = (url: string, content: string, title: string, language = 'en'): SearchRecord => ({
  url,
  content,
  language,
  meta: { title },
});

describe('what Pagefind indexes: a document a page, its passages marked in it', () => {
  const records = [
    record('/analyses/x/#iran', 'Iran engages', 'Iran engages · Tehran & Islamabad'),
    record('/analyses/x/', 'Tehran & Islamabad <the standfirst>', 'Tehran & Islamabad'),
    record('/analyses/x/#water-release', 'Water flowed to "Iran".', 'Iran engages · Tehran & Islamabad'),
    record('/fa/actors/iran/', 'ایران', 'ایران', 'fa'),
  ];
  const documents = searchDocuments(records);

  test('each page is one document, in the order its records came, in its edition’s language', () => {
    expect(documents.map(({ url, language }) => [url, language])).toEqual([
      ['/analyses/x/', 'en'],
      ['/fa/actors/iran/', 'fa'],
    ]);
    expect(documents[1]!.content).toContain('<html lang="fa">');
  });

  test('the page’s own words come first, then each passage or section with its id and title, every word escaped', () => {
    const body = documents[0]!.content.split('<body data-pagefind-body>')[1];
    expect(body).toBe(
      '<p>Tehran &amp; Islamabad &lt;the standfirst&gt;</p>' +
        '<p id="iran" data-pagefind-title="Iran engages · Tehran &amp; Islamabad">Iran engages</p>' +
        '<p id="water-release" data-pagefind-title="Iran engages · Tehran &amp; Islamabad">Water flowed to "Iran".</p>' +
        '</body></html>',
    );
    expect(documents[0]!.content).toContain('content="Tehran &amp; Islamabad"');
  });

  test('a page whose records are in two editions stops the index, naming both', () => {
    expect(() => searchDocuments([records[1]!, { ...records[2]!, language: 'fa' }])).toThrow(
      /\/analyses\/x\/#water-release is in fa, but the other records of \/analyses\/x\/ are in en/,
    );
  });
});
