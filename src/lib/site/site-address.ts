/**
 * The site's public address: the origin every absolute address is made from (canonical links,
 * `og:image`, `og:url`, feeds, the sitemap, JSON-LD). A host sets it with SITE_URL. A build for
 * deployment without it would carry a local address into every share preview, so it stops with
 * one line instead; the local preview (`npm start`) and the tests set the local address
 * themselves, and the development server falls back to it.
 */
export const LOCAL_ADDRESS = 'http://localhost:4321';

const HOW = `set the address readers will use, e.g. SITE_URL=https://news.example npm run build (\`npm start\` builds for ${LOCAL_ADDRESS} itself)`;

/** What is wrong with SITE_URL for a build, in one line, or undefined when it is a site's origin. */
export function siteAddressProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') {
    return `SITE_URL: not set, so every canonical link, share card, feed and sitemap would say ${LOCAL_ADDRESS}; ${HOW}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL: found "${value}", not an address; ${HOW}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `SITE_URL: found "${value}", which is not an http or https address; ${HOW}`;
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return `SITE_URL: found "${value}", which is more than an origin; give the scheme and host only, e.g. ${url.origin}`;
  }
  return undefined;
}

/**
 * The address a command runs with: a build's must be set and sound (else the one line of
 * `siteAddressProblem` is thrown); the development server and the preview fall back to the local one.
 */
export function siteAddress(command: string, value: string | undefined): string {
  if (command !== 'build') return value?.trim() ? new URL(value).origin : LOCAL_ADDRESS;
  const problem = siteAddressProblem(value);
  if (problem) throw new Error(problem);
  return new URL(value!).origin;
}
