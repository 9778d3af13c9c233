/**
 * The search panel's script: a fixed address, which the masthead's inline script imports when a
 * reader opens search. Outside /_astro/, whose files are cached for a year under hashed names:
 * this one keeps its name from build to build. A module of its own, imported by nothing else the
 * browser runs: shared with the panel, it would become a script of its own, fetched on every page.
 */
export const SEARCH_PANEL_PATH = '/search/panel.js';
