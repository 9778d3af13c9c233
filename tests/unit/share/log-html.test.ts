import { expect, test } from 'vitest';
import { logHtml } from '../../../src/lib/share/log-html';
import { langFor } from '../../../src/lib/i18n/lang';
import type { Correction } from '../../../src/schemas/analysis';

const entry = (kind: Correction['kind'], wrong: string): Correction => ({
  date: new Date('2026-12-07'),
  kind,
  passage: 'kunar',
  wrong,
  right: 'It now says so.',
});

test('a feed reader is given each log entry with its kind and day, in the log’s order, escaped', () => {
  const html = logHtml([entry('clarification', 'It said <less>.'), entry('minor', 'A comma & a dash.')], langFor('en'));
  expect(html).toBe(
    '<h2>Corrections and changes</h2><ol>' +
      '<li><strong>Clarification</strong>, 7 December 2026: It said &lt;less&gt;. It now says so.</li>' +
      '<li><strong>Minor edit</strong>, 7 December 2026: A comma &amp; a dash. It now says so.</li></ol>',
  );
});

test('in an edition, the kinds and the day are in its words and calendar', () => {
  const html = logHtml([entry('update', 'x')], langFor('fa'));
  expect(html).toContain('<strong>به‌روزرسانی</strong>');
  expect(html.replace(/<[^>]+>/g, '')).not.toMatch(/[0-9]/);
});

test('an analysis with no log entry gives the feed nothing', () => {
  expect(logHtml([], langFor('en'))).toBe('');
});
