import { expect, test } from 'vitest';
import { excerptPieces } from '../../../src/lib/search/excerpt';

test('an excerpt is text in pieces, the matched words marked', () => {
  expect(excerptPieces('the <mark>water</mark> flowed to <mark>Iran</mark>')).toEqual([
    { text: 'the ', marked: false },
    { text: 'water', marked: true },
    { text: ' flowed to ', marked: false },
    { text: 'Iran', marked: true },
  ]);
});

test('any other markup in an excerpt stays text, and character references are read as characters', () => {
  expect(excerptPieces('<img src=x onerror=alert(1)> Tehran &amp; <mark>Kabul</mark>')).toEqual([
    { text: '<img src=x onerror=alert(1)> Tehran & ', marked: false },
    { text: 'Kabul', marked: true },
  ]);
});
