import { expect, test } from '@playwright/test';
import { readAnalyses } from '../support/analysis-data';

// Every page carries a content security policy without 'unsafe-inline', and nothing on it
// breaks the policy while it loads and the reader uses it.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const ARTICLE = `/analyses/${analysis.slug}/`;
const pages = ['/', ARTICLE, `${ARTICLE}share/kunar-rocket-exchange/`, '/no-such-page/'];

for (const path of pages) {
  test(`${path} has a strict policy and breaks none of it`, async ({ page }) => {
    const problems: string[] = [];
    // The browser logs the 404 status of the missing page itself; that is not a problem here.
    const expected = (text: string) => path === '/no-such-page/' && text.includes('404');
    page.on(
      'console',
      (message) => message.type() === 'error' && !expected(message.text()) && problems.push(message.text()),
    );
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(await page.locator('[style]').count()).toBe(0);
    if (path === ARTICLE) {
      await page.locator('#map-marker-kabul').click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Dark mode' }).click();
    }
    expect(problems).toEqual([]);
  });
}
