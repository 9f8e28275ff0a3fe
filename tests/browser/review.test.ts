import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-process.ts';
import { accessibilityViolations, launchBrowser, newPage } from '../support/browser.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const fakeFont = '𝗩𝗜𝗞𝗧𝗜𝗚𝗧';
const version1 = `Välkommen till öppet hus på biblioteket på lördag. ${fakeFont}: fika för alla! Frågor? Ring Anna, 811218-9876.`;
const version2 = `Välkommen till öppet hus på Alingsås bibliotek på lördag. ${fakeFont}: fika för alla! Frågor? Ring kontaktcenter, 0322-61 60 00.`;

const draftText = (page: Page) => page.locator('#draft-text');
const state = (page: Page) => page.locator('.rv-review-state');
const status = (page: Page) => page.locator('.rv-review-message[role="status"]');

/** Selects a passage of the read-only text from the keyboard, as a keyboard user would. */
async function selectByKeyboard(page: Page, start: number, length: number) {
  await draftText(page).focus();
  await page.keyboard.press('Control+Home');
  for (let index = 0; index < start; index++) await page.keyboard.press('ArrowRight');
  for (let index = 0; index < length; index++) await page.keyboard.press('Shift+ArrowRight');
}

async function expectNoViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('the editor’s review, two people in two browsers', () => {
  let authorLink = '';
  let reviewLink = '';

  test('a review round: send, comment and request changes, save version 2, diff, accept a deviation, approve', async () => {
    const author = await newPage(browser);
    const reviewer = await newPage(browser);

    // 1. The author writes a post and sends it for review from the editor.
    await author.goto(`${app.url}/`);
    await author.getByRole('textbox', { name: 'Inlägg' }).click();
    await author.keyboard.insertText(version1);
    await author.getByRole('button', { name: 'Skicka för granskning' }).click();
    await author.getByRole('button', { name: 'Skapa länkarna' }).click();
    await expect.poll(() => author.getByRole('alert').filter({ hasText: 'Skriv ditt namn' }).count()).toBe(1);
    await author.getByLabel('Ditt namn').fill('Sara Skribent');
    await author.getByRole('button', { name: 'Skapa länkarna' }).click();
    await author.getByRole('heading', { name: 'Utkastet är skickat för granskning' }).waitFor();
    reviewLink = await author.getByRole('textbox', { name: 'Länk för granskaren' }).inputValue();
    authorLink = await author.getByRole('textbox', { name: 'Din länk som skribent' }).inputValue();
    expect(reviewLink).toMatch(/\/granska\/[A-Za-z0-9_-]{43}$/);
    expect(authorLink).toMatch(/\/granska\/[A-Za-z0-9_-]{43}$/);
    expect(authorLink).not.toBe(reviewLink);
    await author.getByRole('button', { name: 'Kopiera granskningslänken' }).click();
    await author.getByText('Kopierad.').waitFor();
    expect(await author.evaluate(() => navigator.clipboard.readText())).toBe(reviewLink);
    await expectNoViolations(author);

    // 2. The reviewer opens the review link, comments on a passage and requests changes.
    await reviewer.goto(reviewLink);
    await reviewer.getByRole('heading', { name: 'Granskning av utkast' }).waitFor();
    await expect.poll(() => state(reviewer).textContent()).toContain('Väntar på granskning – version 1');
    expect(await draftText(reviewer).inputValue()).toBe(version1);
    expect(await reviewer.getByRole('button', { name: 'Spara som ny version' }).count()).toBe(0);
    // The review link cannot change the text: typing does nothing, and the API refuses.
    await draftText(reviewer).focus();
    await reviewer.keyboard.type('xyz');
    expect(await draftText(reviewer).inputValue()).toBe(version1);
    const token = reviewLink.split('/').at(-1)!;
    const refused = await reviewer.evaluate(
      async ([path, text]) => (await fetch(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, baseVersion: 1 }) })).status,
      [`/api/drafts/${token}`, 'Ändrad av granskaren'] as const,
    );
    expect(refused).toBe(403);

    await reviewer.getByLabel('Ditt namn').fill('Rita Granskare');
    await selectByKeyboard(reviewer, version1.indexOf('biblioteket'), 'biblioteket'.length);
    await reviewer.getByText('Gäller det markerade stycket: ”biblioteket”').waitFor();
    await reviewer.getByRole('textbox', { name: 'Kommentar', exact: true }).fill('Skriv vilket bibliotek, t.ex. Alingsås bibliotek.');
    await reviewer.getByRole('button', { name: 'Kommentera stycket' }).click();
    await status(reviewer).getByText('Kommentaren är sparad.').waitFor();
    const comment = reviewer.locator('.rv-comment').filter({ hasText: 'Skriv vilket bibliotek' });
    await expect.poll(() => comment.locator('.rv-comment-passage').textContent()).toBe('”biblioteket”');

    await reviewer.getByRole('button', { name: 'Begär ändringar' }).click();
    await reviewer.getByText('Skriv vad som behöver ändras.').waitFor();
    await reviewer.getByLabel('Anteckning (krävs när du begär ändringar)').fill('Ta bort personnumret och skriv ut vilket bibliotek.');
    await reviewer.getByRole('button', { name: 'Begär ändringar' }).click();
    await expect.poll(() => state(reviewer).textContent()).toContain('Ändringar begärda – version 1');
    await expectNoViolations(reviewer);

    // 3. The author opens the author link, reads the comment and the decision, and saves version 2.
    await author.goto(authorLink);
    await expect.poll(() => state(author).textContent()).toContain('Ändringar begärda – version 1');
    await author.getByText('Ta bort personnumret och skriv ut vilket bibliotek.').waitFor();
    await author.getByText('Skriv vilket bibliotek, t.ex. Alingsås bibliotek.').waitFor();
    await draftText(author).fill(version2);
    await author.getByRole('button', { name: 'Spara som ny version' }).click();
    await status(author).getByText('Version 2 är sparad.').waitFor();
    await expect.poll(() => state(author).textContent()).toContain('Väntar på granskning – version 2');
    // The comment's passage is gone from version 2: it is shown as belonging to version 1.
    await author.getByText('Hör till version 1: stycket finns inte kvar i version 2.').waitFor();
    await expectNoViolations(author);

    // 4. The reviewer sees version 2 and the word diff, accepts one finding as a deviation and approves.
    await reviewer.getByRole('button', { name: 'Hämta senaste' }).click();
    await expect.poll(() => state(reviewer).textContent()).toContain('Väntar på granskning – version 2');
    expect(await draftText(reviewer).inputValue()).toBe(version2);
    const diff = reviewer.locator('.rv-word-diff');
    await expect.poll(() => diff.locator('figcaption').textContent()).toContain('Ändringar från version 1 till version 2');
    expect(await diff.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('biblioteket')]));
    expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('Alingsås');
    // Words, not characters: the personnummer's digit groups are removed, the shared hyphen stays.
    expect((await diff.locator('del').allTextContents()).join(' ')).toMatch(/811218[\s\S]*9876/);

    const fakeFontFinding = reviewer.locator('.rv-finding', { has: reviewer.locator('a[href="/regler/a11y-fejkfont-unicode"]') });
    await fakeFontFinding.getByRole('button', { name: 'Godta som avvikelse' }).click();
    await reviewer.getByLabel('Motivering till avvikelsen').fill('Kampanjens grafiska profil; ordet läses upp i videoklippet.');
    await expectNoViolations(reviewer);
    await reviewer.getByRole('button', { name: 'Godta avvikelsen' }).click();
    await status(reviewer).getByText('Avvikelsen är godtagen.').waitFor();
    await expect.poll(() => fakeFontFinding.count()).toBe(0);
    await reviewer.locator('.rv-deviation').filter({ hasText: 'Kampanjens grafiska profil' }).waitFor();

    await reviewer.getByLabel('Anteckning (krävs när du begär ändringar)').fill('Bra, nu kan det publiceras.');
    await reviewer.getByRole('button', { name: 'Godkänn' }).click();
    await expect.poll(() => state(reviewer).textContent()).toContain('Godkänd – version 2');
    await expectNoViolations(reviewer);
    await reviewer.screenshot({ path: '/tmp/pk/review-approved.png', fullPage: true }).catch(() => {});

    // Both see the same outcome and the whole story in the activity log, by the names they typed.
    await author.reload();
    await expect.poll(() => state(author).textContent()).toContain('Godkänd – version 2');
    const log = await author.locator('.rv-activity-list li').allTextContents();
    expect(log).toHaveLength(6);
    expect(log.join('\n')).toMatch(
      /Sara Skribent \(skribent\) skickade version 1[\s\S]*Rita Granskare \(granskare\) kommenterade version 1[\s\S]*Rita Granskare \(granskare\) begärde ändringar i version 1[\s\S]*Sara Skribent \(skribent\) sparade version 2[\s\S]*Rita Granskare \(granskare\) godtog en avvikelse[\s\S]*Rita Granskare \(granskare\) godkände version 2/,
    );
    await author.getByText('Kampanjens grafiska profil; ordet läses upp i videoklippet.').waitFor();

    // Tokens never reach the server's log.
    const logs = app.logs.join('\n');
    expect(logs).toContain('/api/drafts/:token');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(authorLink.split('/').at(-1)!);

    await author.context().close();
    await reviewer.context().close();
  }, 240_000);

  test('a stale save keeps the author’s text and offers to save it anyway or start from the newer version', async () => {
    const first = await newPage(browser);
    const second = await first.context().newPage();
    await first.goto(authorLink);
    await second.goto(authorLink);
    await expect.poll(() => draftText(first).inputValue()).toBe(version2);
    await expect.poll(() => draftText(second).inputValue()).toBe(version2);

    await draftText(first).fill(`${version2} Välkomna!`);
    await first.getByRole('button', { name: 'Spara som ny version' }).click();
    await status(first).getByText('Version 3 är sparad.').waitFor();

    const mine = `${version2} Ta med lånekortet.`;
    await draftText(second).fill(mine);
    await second.getByRole('button', { name: 'Spara som ny version' }).click();
    await second.getByRole('heading', { name: 'Någon har sparat version 3 medan du skrev' }).waitFor();
    expect(await draftText(second).inputValue()).toBe(mine);
    expect((await second.locator('.rv-conflict ins').allTextContents()).join(' ')).toContain('lånekortet');
    await expectNoViolations(second);

    await second.getByRole('button', { name: 'Utgå från version 3 (min text sparas nedanför)' }).click();
    expect(await draftText(second).inputValue()).toBe(`${version2} Välkomna!`);
    expect(await second.getByRole('textbox', { name: 'Din tidigare text' }).inputValue()).toBe(mine);

    await draftText(second).fill(`${version2} Välkomna! Ta med lånekortet.`);
    await second.getByRole('button', { name: 'Spara som ny version' }).click();
    await status(second).getByText('Version 4 är sparad.').waitFor();
    await expect.poll(() => state(second).textContent()).toContain('Väntar på granskning – version 4');

    // The author deletes the draft; both links answer that it is gone.
    await second.getByRole('button', { name: 'Radera utkastet …' }).click();
    await second.getByRole('button', { name: 'Ja, radera utkastet' }).click();
    await second.getByRole('heading', { name: 'Utkastet är raderat' }).waitFor();
    await first.goto(reviewLink);
    await first.getByRole('heading', { name: 'Utkastet finns inte längre' }).waitFor();
    await expectNoViolations(first);
    await first.context().close();
  }, 180_000);
});

describe('quota refusals are calm and keep the text', () => {
  let limited: RunningApp;
  beforeAll(async () => {
    limited = await startApp({ POSTKOLL_MAX_VERSIONS_PER_DRAFT: '1', POSTKOLL_MAX_DRAFTS_PER_CLIENT_PER_DAY: '1' });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  test('a save past the versions quota and a second draft past the daily quota: a Swedish message, and the text stays', async () => {
    const page = await newPage(browser);
    await page.goto(`${limited.url}/`);
    await page.getByRole('textbox', { name: 'Inlägg' }).click();
    await page.keyboard.insertText(version1);
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await page.getByLabel('Ditt namn').fill('Sara Skribent');
    await page.getByRole('button', { name: 'Skapa länkarna' }).click();
    await page.getByRole('heading', { name: 'Utkastet är skickat för granskning' }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Din länk som skribent' }).inputValue();

    // The daily quota (one draft per client): the editor says so and keeps the post.
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await page.getByRole('button', { name: 'Skapa länkarna' }).click();
    await page.getByRole('alert').filter({ hasText: 'Du har skickat 1 utkast för granskning det senaste dygnet' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'senaste dygnet' }).textContent()).toContain('Din text finns kvar här.');
    expect(await page.getByRole('textbox', { name: 'Inlägg' }).textContent()).toBe(version1);

    // The versions quota (one version): the review page says so and keeps the edited text.
    await page.goto(link);
    await expect.poll(() => draftText(page).inputValue()).toBe(version1);
    const edited = `${version1} Välkomna!`;
    await draftText(page).fill(edited);
    await page.getByRole('button', { name: 'Spara som ny version' }).click();
    await page.locator('.rv-review-message[role="alert"]').getByText('Ett utkast kan ha högst 1 versioner.', { exact: false }).waitFor();
    expect(await page.locator('.rv-review-message[role="alert"]').textContent()).toContain('finns kvar');
    expect(await draftText(page).inputValue()).toBe(edited);
    await expectNoViolations(page);
    await page.context().close();
  }, 180_000);
});
