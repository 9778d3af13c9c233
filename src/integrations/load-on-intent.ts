import type { AstroIntegration } from 'astro';

/**
 * `client:intent`: an island whose code is fetched when the reader reaches for what it enhances
 * (src/components/map/on-intent.ts), rather than on every visit.
 */
export const loadOnIntent = (): AstroIntegration => ({
  name: 'borderlines:load-on-intent',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'intent', entrypoint: './src/components/map/on-intent.ts' }),
  },
});
