import { expect, test } from '@playwright/test';
import { EDITIONS, SLUG } from './editions';
import { recordForeignRequests } from './helpers';
import { searchFor } from './search';

// Every page carries a content security policy without 'unsafe-inline', and nothing on it breaks
// the policy while it loads and the reader uses it (search included), nor asks anything of
// another origin. Each edition's pages in turn, on one browser page: the listeners hear all of
// them.
for (const edition of EDITIONS) {
  const ARTICLE = edition.article(SLUG);
  const MISSING = `${edition.prefix}/no-such-page/`;
  test(`${edition.name}: the home page, the article in use, a share page, an actor’s and a relation’s page and a missing page keep to a strict policy and stay on the site`, async ({
    page,
    baseURL,
  }) => {
    const problems: string[] = [];
    let path = '';
    // The browser logs the 404 status of the missing page itself; that is not a problem here.
    const expected = (text: string) => path === MISSING && text.includes('404');
    page.on(
      'console',
      (message) =>
        message.type() === 'error' && !expected(message.text()) && problems.push(`${path}: ${message.text()}`),
    );
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    const foreign = recordForeignRequests(page, baseURL!);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const ACTOR = edition.actor('pakistan');
    const RELATION = edition.relation('afghanistan--pakistan');
    for (path of [edition.home, ARTICLE, `${ARTICLE}share/kunar-rocket-exchange/`, ACTOR, RELATION, MISSING]) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(await page.locator('[style]').count(), path).toBe(0);
      if (path === ARTICLE) {
        await page.locator('#map-marker-kabul').click();
        await page.keyboard.press('Escape');
        const search = await searchFor(page, edition);
        await expect(search.getByRole('link')).toHaveCount(1);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: edition.words.site.darkMode }).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
    }
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
