import { describe, expect, test } from 'vitest';
import { startAppAndBrowser, type BrowserSuite } from '../support/browser-suite.ts';
import { accessibilityViolations, newPage } from '../support/browser.ts';

// The editor's note on a post in another language, against the real app and Debian's Chromium.
let suite: BrowserSuite;
startAppAndBrowser((started) => (suite = started));

describe('a post in Finnish in the editor', () => {
  test('gets a calm note naming the language and the checks that did not run, no spelling marks, and no axe violations', async () => {
    const page = await newPage(suite.browser, { width: 1280, height: 800 });
    await page.goto(`${suite.app.url}/`);
    await page.locator('.cm-content').click();
    await page.keyboard.insertText('Kirjaston aukioloajat muuttuvat ensi viikolla. Lainaa kirjoja ja lue lehtiä meillä joka päivä.');
    const note = page.locator('.language-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^Texten verkar vara på finska, så kontrollerna som bygger på svenska ord/u);
    expect(await page.locator('[role="status"] .language-note').count()).toBe(1);
    // Without the language check every Finnish word was a spelling mark; now none is.
    expect(await page.locator('.cm-finding').count()).toBe(0);
    // The stats panel shows no Swedish readability (LIX) for a Finnish post, and says why.
    const stats = page.locator('.stats');
    expect(await stats.textContent()).toContain('Läsbarhetmäts bara på svenska och engelska, inte på finska');
    expect(await stats.locator('abbr', { hasText: 'LIX' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('Välkommen till biblioteket på lördag! Vi har sagostund för barnen och kaffe för de vuxna.');
    await note.waitFor({ state: 'detached' });
    // A Swedish post gets its LIX back.
    expect(await stats.locator('abbr', { hasText: 'LIX' }).count()).toBe(1);
    // The Swedish text is checked again: its findings come back.
    await page.keyboard.insertText(' Välkomen!');
    await page.locator('.cm-finding').first().waitFor();
  });
});
