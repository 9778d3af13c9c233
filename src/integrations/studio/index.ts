import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CDN_FONTS, STUDIO_FONTS } from './fonts';
import { studioRoutes } from './routes';

/** Whether this server is the studio's: `npm run edit` says so. */
const isStudio = () => process.env.BORDERLINES_STUDIO === '1';

/** The CMS's interface fonts, asked of the studio itself rather than of a CDN. */
const fontsFromStudio = {
  name: 'borderlines:studio-fonts',
  transform: {
    filter: { id: /@sveltia[\\/]cms[\\/]/ },
    handler: (code: string) => (code.includes(CDN_FONTS) ? code.replaceAll(CDN_FONTS, STUDIO_FONTS) : undefined),
  },
};

/**
 * The editor's studio, served by the development server at /studio/ when `npm run edit` starts it
 * (BORDERLINES_STUDIO=1), and never otherwise: `astro build` and `astro preview` know nothing of
 * it, so readers never load it. Listed before the content check, so that a content error never
 * takes the studio's own pages: the studio is where the editor mends it.
 */
export function studio(): AstroIntegration {
  return {
    name: 'borderlines:studio',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev' || !isStudio()) return;
        updateConfig({
          vite: {
            // Its dependencies bundled in a folder of its own: another development server of the
            // project (`npm run dev`, the tests' own) bundles a different list into Vite's usual
            // folder, and each start of one would otherwise find the other's there and bundle again.
            cacheDir: 'node_modules/.vite/studio',
            // Bundled once when the server starts, so that the first visit does not reload the page.
            optimizeDeps: {
              include: ['@sveltia/cms', 'react', 'react/jsx-dev-runtime', 'react-dom/client', 'd3-geo', 'astro/zod'],
              rolldownOptions: { plugins: [fontsFromStudio] },
            },
            plugins: [fontsFromStudio as Plugin],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        if (!isStudio()) return;
        server.middlewares.use(studioRoutes());
      },
    },
  };
}
