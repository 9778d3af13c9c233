import { expect, test } from 'vitest';
import { correctionsByPassage, countByKind, countedByKind } from '../../../src/lib/content/corrections';
import { langFor } from '../../../src/lib/i18n/lang';
import { CorrectionSchema, type Correction } from '../../../src/schemas/analysis';

// A corrected passage shows its corrections numbered as the corrections list at the article's end
// numbers them, so that "Correction 2" on a passage is the list's second.
test('each passage gets its own corrections, each with its number in the article’s list', () => {
  const corrections = [
    { passage: 'water-release', date: new Date('2022-02-01') },
    { passage: 'kunar', date: new Date('2022-02-02') },
    { passage: 'water-release', date: new Date('2022-02-03') },
  ] as unknown as Correction[];
  const byPassage = correctionsByPassage(corrections);
  expect([...byPassage.keys()]).toEqual(['water-release', 'kunar']);
  expect(byPassage.get('water-release')!.map(({ correction, number }) => [correction, number])).toEqual([
    [corrections[0], 1],
    [corrections[2], 3],
  ]);
  expect(byPassage.get('kunar')!.map(({ number }) => number)).toEqual([2]);
  expect(correctionsByPassage([]).size).toBe(0);
});

test('a minor edit is listed in the log only: no note on its passage, and the others keep their numbers', () => {
  const corrections = [
    { passage: 'kunar', kind: 'minor', date: new Date('2022-02-01') },
    { passage: 'kunar', kind: 'clarification', date: new Date('2022-02-02') },
  ] as unknown as Correction[];
  expect(
    correctionsByPassage(corrections)
      .get('kunar')!
      .map(({ number }) => number),
  ).toEqual([2]);
});

test('the log is counted by kind, in the order kinds are listed, leaving out kinds it has none of', () => {
  const kinds = ['minor', 'correction', 'update', 'correction'].map((kind) => ({ kind })) as Correction[];
  expect(countByKind(kinds)).toEqual([
    { kind: 'correction', count: 2 },
    { kind: 'update', count: 1 },
    { kind: 'minor', count: 1 },
  ]);
  expect(countByKind([])).toEqual([]);
});

test('an entry with no kind is a correction', () => {
  const entry = CorrectionSchema.parse({ date: '2022-02-01', passage: 'kunar', wrong: 'x', right: 'y' });
  expect(entry.kind).toBe('correction');
  expect(CorrectionSchema.safeParse({ ...entry, kind: 'erratum' }).error?.issues[0]?.message).toBe(
    'got "erratum"; use one of correction, clarification, update, minor',
  );
});

test('the log counted by kind is said in the edition’s words and digits', () => {
  const kinds = ['correction', 'clarification', 'correction'].map((kind) => ({ kind })) as Correction[];
  expect(countedByKind(kinds, langFor('en'))).toEqual(['2 corrections', 'one clarification']);
  expect(countedByKind(kinds, langFor('fa'))).toEqual(['۲ اصلاح', 'یک توضیح']);
});
