import { describe, expect, test } from 'vitest';
import { sharedRuns } from '../../scripts/overlap/shared-runs.mjs';

// npm run overlap: the runs of eight or more words a journalist's page still shares with the
// reporting they worked from.
const SOURCE =
  'Officials said on Monday that the water from the dam flowed towards the arid regions of Iran after talks in Kabul.';

describe('the words a page shares with its source', () => {
  test('a run of eight words taken from the source is listed, whole and lowercased', () => {
    const page = 'Our reading: The Water From The Dam Flowed Towards The Arid Regions, by all accounts.';
    expect(sharedRuns(SOURCE, page).map((run) => run.join(' '))).toEqual([
      'the water from the dam flowed towards the arid regions',
    ]);
  });

  test('a run of seven words is not listed', () => {
    expect(sharedRuns(SOURCE, 'We know the water from the dam flowed towards somewhere.')).toEqual([]);
  });

  test('tags, scripts, styles and punctuation between the words do not hide a run', () => {
    const page = `<p>Officials <em>said</em> on <a href="#m">Monday</a>,</p>
      <script>var that = "the water";</script><style>p { color: red }</style>
      <p>that &#8220;the&#x201D; water&nbsp;from the dam</p>`;
    expect(sharedRuns(SOURCE, page).map((run) => run.join(' '))).toEqual([
      'officials said on monday that the water from the dam',
    ]);
  });

  test('what a script or a style holds is never read as the page’s words', () => {
    const page = '<script>the water from the dam flowed towards the arid</script><p>Nothing shared.</p>';
    expect(sharedRuns(SOURCE, page)).toEqual([]);
  });

  test('Dari words, with their own punctuation and joiners, are matched as words', () => {
    const source = 'مقامات گفتند که آب از بند به سوی مناطق خشک ایران جریان یافت و می‌رسد.';
    const page = '<p dir="rtl">به گفتهٔ ما، آب از بند به سوی مناطق خشک ایران جریان یافت و می‌رسد؛ اما</p>';
    expect(sharedRuns(source, page).map((run) => run.join(' '))).toEqual([
      'آب از بند به سوی مناطق خشک ایران جریان یافت و می‌رسد',
    ]);
    expect(sharedRuns(source, 'آب از بند به سوی مناطق خشک')).toEqual([]);
  });
});
