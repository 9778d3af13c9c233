import type { AstroIntegration } from 'astro';
import { siteAddress } from '../lib/site/site-address';

/**
 * Gives Astro the site's address from SITE_URL (src/lib/site/site-address.ts). `astro build`
 * without a sound one stops with one line naming the variable and how to set it, before any
 * content is read; `astro dev` and `astro preview` use the local address when none is given.
 */
export function siteAddressFromEnvironment(): AstroIntegration {
  return {
    name: 'borderlines:site-address',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        try {
          updateConfig({ site: siteAddress(command, process.env.SITE_URL) });
        } catch (error) {
          process.stderr.write(`${(error as Error).message}\n`);
          process.exit(1);
        }
      },
    },
  };
}
