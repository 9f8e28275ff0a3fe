import { describe, expect, test } from 'vitest';
import { newPage } from '../support/browser.ts';
import { eventually, startAppAndBrowser, type BrowserSuite } from '../support/browser-suite.ts';

// How the client reaches the browser: a production build, the editor first, the other pages on demand.
let suite: BrowserSuite;
startAppAndBrowser((started) => (suite = started));

describe('loading the client', () => {
  test('the editor page loads a production build, asks for the rule catalog once and no other page', async () => {
    const page = await newPage(suite.browser);
    const requests: string[] = [];
    const console: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('console', (message) => console.push(message.text()));
    await page.goto(`${suite.app.url}/`);
    await page.locator('.cm-content').waitFor();
    await page.locator('.chip[data-channel="instagram"]').waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.insertText('Välkommen till biblioteket på lördag.');
    await eventually(() => requests.filter((path) => path === '/api/lint').length).toBeGreaterThan(0);
    await eventually(() => page.locator('.stats').textContent()).toContain('LIX');
    expect(requests.filter((path) => path === '/api/rules')).toHaveLength(1);
    expect(requests.filter((path) => path === '/api/channels')).toHaveLength(1);
    expect(requests.filter((path) => /\/assets\/(ReviewPage|GalleryPage|ProfilePage)-/.test(path))).toEqual([]);
    expect(console.join('\n')).not.toContain('React DevTools');

    // A page loaded on demand gets its chunk, and the focus goes to its heading.
    await page.getByRole('link', { name: 'Exempel' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect(page.locator('h1').textContent()).resolves.toBe('Exempel');
    expect(requests.some((path) => /\/assets\/GalleryPage-/.test(path))).toBe(true);
    await page.context().close();
  });

  test('on every page the skip link is the first Tab stop, and it leads to the main content', async () => {
    const page = await newPage(suite.browser);
    for (const path of ['/', '/exempel', '/regler', '/profil']) {
      await page.goto(`${suite.app.url}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.activeElement === document.body), path).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent), path).toBe('Hoppa till innehållet');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), path).toBe('main');
    }
    await page.context().close();
  });
});
