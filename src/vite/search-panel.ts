import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SEARCH_PANEL_PATH } from '../lib/search/panel-path';

/** The panel's module, from the project's root. */
const PANEL_SOURCE = 'src/components/search/panel.ts';

/**
 * Builds the search panel's script as an entry of its own, at a fixed address, beside the pages'
 * scripts. The masthead's inline script imports it by that address only when a reader opens
 * search: were it a bundler's dynamic import instead, every page would fetch a loader script (and
 * Vite's preload helper) on its first visit. The development server does not serve it; there the
 * masthead's link goes where it goes without script.
 */
export function searchPanel(): Plugin {
  let root = '';
  return {
    name: 'borderlines:search-panel',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: join(root, PANEL_SOURCE),
        fileName: SEARCH_PANEL_PATH.slice(1),
        preserveSignature: 'strict',
      });
    },
  };
}
