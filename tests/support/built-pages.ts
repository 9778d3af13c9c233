// The tests read the built site as the search index does: the same list of pages.
export { listBuiltPages } from '../../src/lib/built-pages';
