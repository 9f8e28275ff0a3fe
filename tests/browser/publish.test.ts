import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, newPage } from '../support/browser.ts';
import { eventually, startAppAndBrowser, type BrowserSuite } from '../support/browser-suite.ts';

// From findings to "ready to publish" in the editor: the summary at the top and corrections in the card.
let suite: BrowserSuite;
startAppAndBrowser((started) => (suite = started));

async function openEditor(): Promise<Page> {
  const page = await newPage(suite.browser, { width: 1280, height: 800 });
  await page.goto(`${suite.app.url}/`);
  await page.locator('.cm-content').waitFor();
  await page.locator('.chip[data-channel="instagram"]').waitFor();
  return page;
}

const summary = (page: Page) => page.locator('.publish-summary');
const editorText = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));

async function expectNoViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('the ready-to-publish summary in the editor', () => {
  test('names what blocks each channel, opens the finding, and says "Klar att publicera" only once nothing blocks', async () => {
    const page = await openEditor();
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText('Öppet hus på Alingsås bibliotek på lördag. Frågor? Ring Anna, 811218-9876.');
    await eventually(() => summary(page).locator('.summary-verdict').textContent()).toBe('Inte klar att publicera: 1 fel måste åtgärdas först.');
    expect(await summary(page).locator('[data-channel="facebook"]').textContent()).toContain('Facebook: inte klar (1 fel)');
    const blocking = summary(page).getByRole('button', { name: /personnummer/ });
    await expectNoViolations(page);

    // The link opens the finding's card in the text, from the keyboard too.
    await blocking.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.finding-card-active');
    await card.waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('811218-9876');

    // Fixed: nothing blocks any chosen channel.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await eventually(() => summary(page).locator('.summary-verdict').textContent()).toBe('Klar att publicera');
    for (const channel of ['facebook', 'instagram', 'linkedin']) expect(await summary(page).locator(`[data-channel="${channel}"]`).textContent()).toMatch(/: klar$/);
    await expectNoViolations(page);

    // A new keystroke: not "klar" until its check is back.
    await page.keyboard.press('End');
    await page.keyboard.type(' Ring 811218-9876.');
    expect(await summary(page).locator('.summary-verdict').textContent()).not.toBe('Klar att publicera');
    await eventually(() => summary(page).locator('.summary-verdict').textContent()).toMatch(/^Inte klar/);
    await page.context().close();
  });

  test('an error about one channel (over X’s length) blocks only that channel', async () => {
    const page = await openEditor();
    await page.locator('.chip[data-channel="x"]').click();
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText(`Välkommen till Alingsås bibliotek. ${'Vi har öppet hus hela veckan och bjuder på kaffe. '.repeat(6)}`);
    await eventually(() => summary(page).locator('[data-channel="x"]').textContent()).toMatch(/^✕X: inte klar/);
    expect(await summary(page).locator('[data-channel="facebook"]').textContent()).toMatch(/: klar/);
    expect(await summary(page).locator('.summary-findings').first().textContent()).toContain('gäller X');

    // Over the limit: a marker where it is passed, not an underline over the rest of the post.
    expect(await page.locator('.cm-finding[data-rule="kanal-langd"]').count()).toBe(0);
    const marker = page.locator('.cm-limit-marker', { hasText: 'gräns X' });
    await marker.hover();
    await eventually(() => page.locator('.cm-tooltip').textContent()).toContain('X');
    await expectNoViolations(page);
    await page.context().close();
  });
});

describe('corrections in the card', () => {
  test('a misspelled word gets corrections from the suggestions service as one-click fixes', async () => {
    const page = await openEditor();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/suggestions') asked.push(`${request.method()} ${request.url()}`);
    });
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText('Välkomen till öppet hus på Alingsås bibliotek på lördag.');
    const underline = page.locator('.cm-finding[data-rule="klar-stavning"]');
    await underline.waitFor();
    // Nothing is asked before a card needs it.
    expect(asked).toEqual([]);
    await underline.hover();
    const fix = page.locator('.cm-tooltip').getByRole('button', { name: 'Ersätt med ”Välkommen”' });
    await fix.waitFor();
    expect(await page.locator('.cm-tooltip .fix-button').count()).toBeLessThanOrEqual(3);
    // The word travels in the body, never in the address.
    expect(asked).toEqual([expect.stringMatching(/^POST .*\/api\/suggestions$/)]);
    await expectNoViolations(page);
    await fix.click();
    expect(await editorText(page)).toBe('Välkommen till öppet hus på Alingsås bibliotek på lördag.');
    await eventually(() => page.locator('.cm-finding[data-rule="klar-stavning"]').count()).toBe(0);

    // By keyboard, the second time the answer comes from the cache.
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Välkomen!');
    await page.locator('.cm-finding[data-rule="klar-stavning"]').waitFor();
    await page.keyboard.press('F8');
    await page.locator('.finding-card-active').getByRole('button', { name: 'Ersätt med ”Välkommen”' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ersätt med ”Välkommen”');
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('Välkommen till öppet hus på Alingsås bibliotek på lördag. Välkommen!');
    expect(asked).toHaveLength(1);
    await page.context().close();
  });
});

describe('the approval gate on the review page', () => {
  test('an error blocks approval until it is accepted as a deviation; all by keyboard', async () => {
    const text = 'Öppet hus på Alingsås bibliotek på lördag. Frågor? Ring Anna, 811218-9876.';
    const created = (await (
      await fetch(`${suite.app.url}/api/drafts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, channels: ['facebook', 'instagram'], authorName: 'Sara Skribent' }),
      })
    ).json()) as { reviewToken: string };
    const page = await newPage(suite.browser);
    await page.goto(`${suite.app.url}/granska/${created.reviewToken}`);
    await page.getByRole('heading', { name: 'Granskning av utkast' }).waitFor();
    await eventually(() => summary(page).locator('.summary-verdict').textContent()).toBe('Inte klar att publicera: 1 fel måste åtgärdas först. (version 1)');
    const gate = page.getByRole('region', { name: 'Kvar innan version 1 kan godkännas' });
    await eventually(() => gate.textContent()).toContain('Regel: Personnummer i texten – ”811218-9876”');
    // The finding cites the part of the guideline its rule serves, as the draft's profile words it.
    await eventually(() => page.locator('.rv-finding').first().locator('.rv-finding-guideline').textContent()).toMatch(/^Riktlinjen: Lagar och regler som gäller/);
    await expectNoViolations(page);

    // The summary's link leads to the finding in the list.
    await summary(page).getByRole('button', { name: /personnummer/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rv-finding-0');

    // "Godkänn" is refused, and the page says why.
    await page.getByLabel('Ditt namn').fill('Rita Granskare');
    await page.getByRole('button', { name: 'Godkänn' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('alert').textContent()).toContain('Version 1 kan inte godkännas än');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('approval-gate-heading');
    expect(await page.locator('.rv-review-state').textContent()).toContain('Väntar på granskning');

    // Accepted as a deviation from the gate itself, by keyboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Godta som avvikelse');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Anna har själv bett att numret står med.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await eventually(() => gate.count()).toBe(0);
    await eventually(() => summary(page).locator('.summary-verdict').textContent()).toBe('Klar att publicera (version 1)');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Godkänn' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('.rv-review-state').textContent()).toContain('Godkänd – version 1');
    expect(await page.locator('.rv-decision-accepted').textContent()).toBe('Godkänd med en godtagen avvikelse: ”Personnummer i texten”.');
    // The focus stays on the button that was pressed, not on the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Godkänn');
    await expectNoViolations(page);
    if (process.env.POSTKOLL_SCREENSHOTS === '1') await page.screenshot({ path: 'tests/browser/screenshots/review-approved.png', fullPage: true });
    await page.context().close();
  });
});

describe('"Dela" for your own draft', () => {
  test('warns first when the draft holds personal data, and makes the link only when the user goes on', async () => {
    const page = await openEditor();
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText('Grattis Lisa Berg, 811218-9876!');
    await page.locator('.cm-finding[data-rule="pd-personnummer"]').waitFor();
    const share = page.locator('.editor-actions .share');
    await share.getByRole('button', { name: 'Dela' }).click();
    const warning = share.getByRole('alert');
    await eventually(() => warning.textContent()).toContain('Länken innehåller hela texten.');
    expect(await warning.textContent()).toContain('en anmärkning om personuppgifter');
    expect(await share.getByLabel('Länk att dela').count()).toBe(0);
    await expectNoViolations(page);

    // Avbryt: no link, the focus back on "Dela".
    await share.getByRole('button', { name: 'Avbryt' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dela');
    await page.keyboard.press('Enter');
    await share.getByRole('button', { name: 'Skapa länken ändå' }).click();
    const link = share.getByLabel('Länk att dela');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe(await link.getAttribute('id'));
    const url = await link.inputValue();
    expect(url).toMatch(/\/#dela=/);
    expect(url).not.toContain('811218');
    await expectNoViolations(page);

    // The link opens the same text in a fresh editor.
    const other = await newPage(suite.browser);
    await other.goto(url);
    await eventually(() => other.evaluate(() => document.querySelector('.cm-content')?.textContent)).toBe('Grattis Lisa Berg, 811218-9876!');
    await other.context().close();
    await page.context().close();
  });

  test('a draft without personal data gets its link at once', async () => {
    const page = await openEditor();
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText('Välkommen till Alingsås bibliotek på lördag.');
    await eventually(() => summary(page).locator('.summary-verdict').textContent()).toBe('Klar att publicera');
    await page.locator('.editor-actions .share').getByRole('button', { name: 'Dela' }).click();
    expect(await page.locator('.editor-actions .share').getByLabel('Länk att dela').inputValue()).toMatch(/\/#dela=/);
    await page.context().close();
  });
});

describe('by hand what axe cannot check (WCAG 2.4.11, 2.5.8)', () => {
  test('the cards never hide the text the keyboard works in, and their targets are at least 24 × 24 px', async () => {
    const page = await openEditor();
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText('Välkomen till öppet hus!\nRing Anna på 811218-9876.\nFika för alla på lördag.\nVi ses där!');
    await page.locator('.cm-finding[data-rule="pd-personnummer"]').waitFor();

    // The keyboard's card opens below its finding; the selected finding stays in view.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    const card = page.locator('.finding-card-active');
    await card.waitFor();
    const selection = await page.evaluate(() => {
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
    });
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.y).toBeGreaterThanOrEqual(selection.bottom - 1);

    // Every button, link and summary in the card is at least 24 px high and wide.
    await card.locator('details').first().locator('summary').click();
    for (const target of await card.locator('button:visible, a:visible, summary:visible').all()) {
      const box = (await target.boundingBox())!;
      expect(box.height, await target.textContent() ?? '').toBeGreaterThanOrEqual(24);
      expect(box.width, await target.textContent() ?? '').toBeGreaterThanOrEqual(24);
    }
    for (const target of await page.locator('.publish-summary button:visible, .publish-summary summary:visible').all()) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }

    // A hover card over the text closes at the first key, so it never covers the caret's line.
    await page.keyboard.press('Escape');
    await page.locator('.cm-finding[data-rule="pd-personnummer"]').hover();
    const hover = page.locator('.cm-tooltip-hover');
    await hover.waitFor();
    await page.keyboard.press('ArrowDown');
    await eventually(() => hover.count()).toBe(0);
    await page.context().close();
  });
});
