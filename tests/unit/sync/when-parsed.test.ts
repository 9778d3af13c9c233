import { afterEach, expect, test, vi } from 'vitest';
import { nowAndWhenParsed } from '../../../src/components/map/sync/dom';

// The island can wake while a long article is still arriving: what it does to the page (the
// filters' slot in the timeline, the copy-link buttons of the last passages) is done again once
// the whole page is in.
function fakeDocument(readyState: DocumentReadyState) {
  const listeners = new Map<string, () => void>();
  const document = {
    readyState,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  vi.stubGlobal('document', document);
  return listeners;
}

afterEach(() => vi.unstubAllGlobals());

test('on a page still arriving, it acts now and again when the page has been parsed', () => {
  const listeners = fakeDocument('loading');
  const act = vi.fn();
  nowAndWhenParsed(act);
  expect(act).toHaveBeenCalledTimes(1);
  listeners.get('DOMContentLoaded')!();
  expect(act).toHaveBeenCalledTimes(2);
});

test('on a page already parsed, it acts once; undone early, it does not act again', () => {
  expect(fakeDocument('interactive').size).toBe(0);
  const once = vi.fn();
  nowAndWhenParsed(once);
  expect(once).toHaveBeenCalledTimes(1);
  const listeners = fakeDocument('loading');
  nowAndWhenParsed(vi.fn())();
  expect(listeners.has('DOMContentLoaded')).toBe(false);
});
