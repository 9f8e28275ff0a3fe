import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-process.ts';
import { accessibilityViolations, launchBrowser, newPage } from '../support/browser.ts';
import { encodeShare } from '../../client/src/share/fragment.ts';

// The communicator's editor against the real app (npm start) and Debian's Chromium.
let app: RunningApp;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A fresh tab (its own sessionStorage) on the editor, with the catalog and channels loaded. */
async function openEditor(): Promise<Page> {
  const page = await newPage(browser, { width: 1280, height: 800 });
  pages.push(page);
  await page.goto(`${app.url}/`);
  await page.locator('.cm-content').waitFor();
  await page.locator('.chip[data-channel="instagram"]').waitFor();
  return page;
}

/** The text as the editor shows it (short texts: CodeMirror renders only what is in view). */
const editorText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.cm-line')]
      .map((line) => [...line.childNodes].filter((node) => !(node instanceof Element && node.matches('.cm-placeholder'))).map((node) => node.textContent).join(''))
      .join('\n'),
  );

/** The text as the draft keeps it (sessionStorage). */
const draftText = (page: Page) => page.evaluate(() => (JSON.parse(sessionStorage.getItem('postkoll:utkast:v1') ?? '{}') as { text?: string }).text ?? '');

async function write(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.insertText(text);
}

async function expectNoViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Waits for a condition: answers can be slow on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** Numbers as the page writes them (Swedish: a no-break space between thousands). */
const n = (value: number) => value.toLocaleString('sv-SE');

const panel = (page: Page) => page.getByRole('region', { name: /^Anmärkningar/ });

async function screenshot(page: Page, name: string) {
  // Refreshes the README's pictures only when asked: POSTKOLL_SCREENSHOTS=1.
  if (process.env.POSTKOLL_SCREENSHOTS === '1') await page.screenshot({ path: `tests/browser/screenshots/editor-${name}.png` });
}

// Generous: the shared 2-core machine can be slow, and each state is checked by axe.
describe('the editor', { timeout: 120_000 }, () => {
  test('a clean post says "Inga anmärkningar" and shows its statistics', async () => {
    const page = await openEditor();
    await write(page, 'Välkommen till öppet hus på biblioteket på lördag. Vi bjuder på kaffe.');
    await poll(() => panel(page).textContent()).toContain('Inga anmärkningar');
    await poll(() => page.locator('.stats').textContent()).toMatch(/LIX\d+ – (mycket lättläst|lättläst|medelsvår)/);
    await expectNoViolations(page);
    await screenshot(page, 'clean');
  });

  test('a personnummer gets an error underline and an entry in the side panel', async () => {
    const page = await openEditor();
    await write(page, 'Grattis Lisa Berg 811218-9876!');
    const underline = page.locator('.cm-finding-error');
    await poll(() => underline.first().textContent()).toBe('811218-9876');
    const entry = panel(page).locator('.finding-entry[data-rule="pd-personnummer"]');
    await poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Fel');
    expect(await panel(page).getByRole('heading', { name: /^Personuppgifter/ }).textContent()).toContain('(1)');
    await expectNoViolations(page);

    // Choosing the entry moves the cursor there, focuses the editor and opens the finding's card.
    await entry.click();
    const selection = await page.evaluate(() => document.getSelection()?.toString());
    expect(selection).toBe('811218-9876');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    const card = page.locator('.finding-card-active');
    await card.waitFor();
    // A compact card: the message and fixes first, the reasons on request.
    const why = card.locator('details.finding-why');
    expect(await why.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await card.getByText(/IMY en extra skyddsvärd uppgift/).isVisible()).toBe(false);
    await why.locator('summary').click();
    expect(await card.getByText(/IMY en extra skyddsvärd uppgift/).isVisible()).toBe(true);
    await card.locator('details.finding-basis summary').click();
    expect(await card.getByText(/GDPR art\. 5 och 6/).isVisible()).toBe(true);
    expect(await card.getByRole('link', { name: /Om regeln/ }).getAttribute('href')).toBe('/regler/pd-personnummer');
    await expectNoViolations(page);
  });

  test('a fix from the tooltip replaces the fake-bold word with plain letters', async () => {
    const page = await openEditor();
    await write(page, 'Det är 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 att du kommer i tid till mötet.');
    const underline = page.locator('.cm-finding', { hasText: '𝗩𝗜𝗞𝗧𝗜𝗚𝗧' });
    await underline.waitFor();
    await underline.hover();
    const fix = page.getByRole('button', { name: 'Ersätt med ”viktigt”' });
    await fix.waitFor();
    await expectNoViolations(page);
    await screenshot(page, 'findings');
    await fix.click();
    expect(await editorText(page)).toBe('Det är viktigt att du kommer i tid till mötet.');
    await poll(() => page.locator('.cm-finding-error').count()).toBe(0);
    await poll(() => panel(page).locator('[data-rule="a11y-fejkfont-unicode"]').count()).toBe(0);
  });

  test('"Ignorera" hides a finding with a reason, and "Återställ" brings it back', async () => {
    const page = await openEditor();
    await write(page, 'Ring Lisa på 811218-9876 om du undrar något.');
    const entry = panel(page).locator('.finding-entry[data-rule="pd-personnummer"]');
    await entry.waitFor();
    await entry.click();
    const card = page.locator('.finding-card-active');
    await card.getByRole('button', { name: 'Ignorera…' }).click();
    await card.getByLabel('Anledning (valfritt)').fill('Testnummer i en utbildning');
    await card.getByRole('button', { name: 'Ignorera', exact: true }).click();

    await poll(() => entry.count()).toBe(0);
    expect(await page.locator('.cm-finding-error').count()).toBe(0);
    const ignored = page.getByRole('region', { name: /^Ignorerade anmärkningar/ });
    expect(await ignored.textContent()).toContain('Testnummer i en utbildning');
    expect(await ignored.textContent()).toContain('811218-9876');
    await expectNoViolations(page);

    // Still ignored after editing elsewhere in the text.
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Välkommen!');
    await page.waitForTimeout(700);
    expect(await entry.count()).toBe(0);

    await ignored.getByRole('button', { name: 'Återställ' }).click();
    await poll(() => entry.count()).toBe(1);
    expect(await page.locator('.cm-finding-error').textContent()).toBe('811218-9876');
    await expectNoViolations(page);
  });

  test('switching channels changes the counts and the previews', async () => {
    const page = await openEditor();
    const chip = (id: string) => page.locator(`.chip[data-channel="${id}"]`);
    // The profile's defaults: Facebook, Instagram and LinkedIn.
    expect(await chip('facebook').getAttribute('aria-pressed')).toBe('true');
    expect(await chip('instagram').getAttribute('aria-pressed')).toBe('true');
    expect(await chip('linkedin').getAttribute('aria-pressed')).toBe('true');
    expect(await chip('x').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.chip').count()).toBe(9);

    const text =
      'Nu öppnar vi det nya badhuset vid Nolhaga! Kom och bada gratis hela helgen – det finns både varmbad och äventyrsbad. Läs mer på https://alingsas.se/badhus #Alingsås';
    await write(page, text);
    await poll(() => chip('instagram').textContent()).toContain(`${text.length} / ${n(2200)}`);

    await chip('x').click();
    expect(await chip('x').getAttribute('aria-pressed')).toBe('true');
    // X counts a URL as 23.
    const xLength = text.length - 'https://alingsas.se/badhus'.length + 23;
    await poll(() => chip('x').textContent()).toContain(`${xLength} / 280`);
    const xPreview = page.locator('article.preview[data-channel="x"]');
    await xPreview.waitFor();
    expect(await xPreview.locator('.pv-text').textContent()).toContain('Nu öppnar vi det nya badhuset vid Nolhaga!');
    // Links are styled where they work (X) and plain where they do not (Instagram).
    expect(await xPreview.locator('.pv-link').textContent()).toBe('https://alingsas.se/badhus');
    expect(await page.locator('article.preview[data-channel="instagram"] .pv-link').count()).toBe(0);
    expect(await xPreview.locator('.pv-tag').textContent()).toBe('#Alingsås');
    await page.locator('.previews-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'previews');

    await chip('instagram').click();
    expect(await chip('instagram').getAttribute('aria-pressed')).toBe('false');
    await poll(() => page.locator('article.preview[data-channel="instagram"]').count()).toBe(0);
    // Instagram's link finding goes with the channel.
    await poll(() => panel(page).locator('[data-rule="kanal-lank-ej-klickbar"]').count()).toBe(0);

    // Over X's limit: the count turns red and says so in words.
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Välkommen alla!'.repeat(16));
    await poll(() => chip('x').locator('.count-over').count()).toBe(1);
    expect(await chip('x').textContent()).toContain('över gränsen');
    expect(await xPreview.locator('mark.pv-overflow').count()).toBe(1);
    await expectNoViolations(page);
  });

  test('a post over the Instagram fold shows "… mer" where Instagram cuts it', async () => {
    const page = await openEditor();
    const text =
      'Nu är det dags för sommarens stora läsutmaning på biblioteket. Alla barn och unga mellan sex och femton år är välkomna att vara med hela sommaren lång.';
    await write(page, text);
    const preview = page.locator('article.preview[data-channel="instagram"] .pv-text');
    const more = preview.getByRole('button', { name: '… mer' });
    await more.waitFor();
    expect(await preview.textContent()).toBe(`${text.slice(0, 125).trimEnd()}… mer`);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await preview.textContent()).toBe(`${text} Visa mindre`);
    await expectNoViolations(page);

    // By lines: Instagram shows two lines before the fold.
    const lines = await openEditor();
    await lines.locator('.cm-content').click();
    await lines.keyboard.type('Rad ett\nRad två\nRad tre');
    const linesPreview = lines.locator('article.preview[data-channel="instagram"] .pv-text');
    await linesPreview.getByRole('button', { name: '… mer' }).waitFor();
    expect(await linesPreview.textContent()).toBe('Rad ett\nRad två… mer');
    // Facebook folds only by characters: all three short lines show.
    expect(await lines.locator('article.preview[data-channel="facebook"] .pv-more').count()).toBe(0);
  });

  test('an alt text is linted like the post, with its findings under the field', async () => {
    const page = await openEditor();
    await write(page, 'Bilder från invigningen av lekplatsen.');
    await page.getByRole('button', { name: 'Lägg till bild' }).click();
    const alt = page.getByLabel('Alternativtext för bild 1');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.getByLabel('Visar barn').check();
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/lint') && request.postDataJSON()?.media?.[0]?.altText?.includes('Skylt'));
    await alt.fill('Skylt med texten 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 vid lekplatsen');
    const body = (await sent).postDataJSON();
    expect(body.media[0]).toMatchObject({ type: 'image', showsChildren: true, consent: 'unknown' });

    const findings = page.locator('.media-item .alt-findings');
    await poll(() => findings.textContent()).toContain('skärmläsare');
    // Not in the editor: the post text itself is clean of it.
    expect(await page.locator('.cm-finding', { hasText: '𝗩𝗜𝗞𝗧𝗜𝗚𝗧' }).count()).toBe(0);
    // Listed in the side panel as the alt text's.
    const entry = panel(page).locator('.finding-entry[data-rule="a11y-fejkfont-unicode"]');
    expect(await entry.textContent()).toContain('Bild 1, alternativtext');
    await expectNoViolations(page);

    await findings.getByRole('button', { name: 'Ersätt med ”viktigt”' }).click();
    expect(await alt.inputValue()).toBe('Skylt med texten viktigt vid lekplatsen');
    await poll(() => entry.count()).toBe(0);

    await page.getByLabel('Samtycke finns (dokumenterat)').check();
    const consent = await page.waitForRequest((request) => request.url().endsWith('/api/lint') && request.postDataJSON()?.media?.[0]?.consent === 'documented');
    expect(consent.postDataJSON().media[0].showsChildren).toBe(true);
    await expectNoViolations(page);
  });

  test('a reload keeps the text, channels, media and ignores', async () => {
    const page = await openEditor();
    await page.locator('.cm-content').click();
    await page.keyboard.type('Grattis Lisa Berg 811218-9876!\nVi ses på lördag.');
    await page.locator('.chip[data-channel="x"]').click();
    await page.getByRole('button', { name: 'Lägg till film' }).click();
    await page.getByLabel('Alternativtext för film 1').fill('Kommunens nya badhus');
    await page.getByLabel('Textad').check();
    const entry = panel(page).locator('.finding-entry[data-rule="pd-personnummer"]');
    await entry.click();
    await page.locator('.finding-card-active').getByRole('button', { name: 'Ignorera…' }).click();
    await page.locator('.finding-card-active').getByRole('button', { name: 'Ignorera', exact: true }).click();
    await poll(() => entry.count()).toBe(0);

    await page.reload();
    await page.locator('.cm-content').waitFor();
    expect(await editorText(page)).toBe('Grattis Lisa Berg 811218-9876!\nVi ses på lördag.');
    expect(await page.locator('.chip[data-channel="x"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Alternativtext för film 1').inputValue()).toBe('Kommunens nya badhus');
    expect(await page.getByLabel('Textad').isChecked()).toBe(true);
    expect(await page.getByRole('region', { name: /^Ignorerade anmärkningar/ }).textContent()).toContain('811218-9876');
    await poll(() => panel(page).textContent()).not.toContain('Texten granskas');
    expect(await entry.count()).toBe(0);
    await expectNoViolations(page);

    // "Rensa" asks first, then clears everything.
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Rensa' }).click();
    expect(await editorText(page)).toContain('811218-9876');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Rensa' }).click();
    expect(await editorText(page)).toBe('');
    expect(await page.locator('.media-item').count()).toBe(0);
    await page.reload();
    await page.locator('.cm-content').waitFor();
    expect(await editorText(page)).toBe('');
  });

  test('"Kopiera texten" puts the post on the clipboard', async () => {
    const page = await openEditor();
    await write(page, 'Hej 😀 alla!\nAndra raden.');
    await page.getByRole('button', { name: 'Kopiera texten' }).click();
    await poll(() => page.locator('.action-status').textContent()).toBe('Texten är kopierad.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Hej 😀 alla!\nAndra raden.');
  });

  test('a server error, a lost server, a rate limit or a too long text keep the text and say so calmly', async () => {
    const page = await openEditor();
    const status = page.locator('.editor-status');
    await page.route('**/api/lint', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Något gick fel hos oss. Försök igen om en stund.' } }) }),
    );
    await write(page, 'Grattis Lisa Berg 811218-9876!');
    await poll(() => status.textContent()).toContain('Något gick fel hos oss');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toContain('Din text finns kvar');
    expect(await editorText(page)).toBe('Grattis Lisa Berg 811218-9876!');
    await expectNoViolations(page);

    await page.unroute('**/api/lint');
    await page.route('**/api/lint', (route) => route.abort('connectionrefused'));
    await page.keyboard.insertText(' Hej');
    await poll(() => status.textContent()).toContain('Vi når inte servern');

    await page.unroute('**/api/lint');
    await page.route('**/api/lint', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'Du har skickat många förfrågningar på kort tid. Vänta en liten stund och försök igen.' } }),
      }),
    );
    await page.keyboard.insertText('!');
    await poll(() => status.textContent()).toContain('Vänta en liten stund');
    expect(await editorText(page)).toBe('Grattis Lisa Berg 811218-9876! Hej!');

    await page.unroute('**/api/lint');
    await status.getByRole('button', { name: 'Försök igen' }).click();
    await poll(() => status.textContent()).toBe('');
    await poll(() => page.locator('.cm-finding-error').count()).toBe(1);

    // Over 20 000 characters: the real server answers 413.
    await page.keyboard.insertText(' ord'.repeat(5_000));
    await poll(() => status.textContent()).toContain(`${n(20_000)} tecken`);
    expect(await draftText(page)).toBe(`Grattis Lisa Berg 811218-9876! Hej!${' ord'.repeat(5_000)}`);
    await expectNoViolations(page);
  });

  test('findings that arrive while the user types land on the words they are about; an older request is aborted', async () => {
    const page = await openEditor();
    // Of the requests for the text, only the first answer is let through, so whatever underline shows
    // comes from it. The editor's own lint of the empty text may still go out after the page is up
    // (its debounce), so requests without the text pass and count for nothing.
    let requests = 0;
    await page.route('**/api/lint', (route) => {
      if (!route.request().postData()?.includes('811218-9876')) return route.continue();
      return ++requests === 1 ? route.continue() : undefined;
    });
    // When that answer reaches the page, the user has just typed in front of the flagged number.
    await page.evaluate(() => {
      const original = window.fetch;
      let first = true;
      window.fetch = async (input, init) => {
        const response = await original(input, init);
        if (first && String(input).endsWith('/api/lint') && String(init?.body ?? '').includes('811218-9876')) {
          first = false;
          const line = document.querySelector('.cm-line')!;
          document.getSelection()!.collapse(line.firstChild!, 0);
          document.execCommand('insertText', false, 'Hej! ');
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        return response;
      };
    });
    await write(page, 'Ring 811218-9876 nu.');
    const underline = page.locator('.cm-finding-error');
    await underline.waitFor();
    expect(await underline.textContent()).toBe('811218-9876');
    expect(await editorText(page)).toBe('Hej! Ring 811218-9876 nu.');
    expect(requests).toBeLessThanOrEqual(2);

    // A newer request aborts the one in flight; the aborted answer never shows.
    await page.unroute('**/api/lint');
    const aborted: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url().endsWith('/api/lint')) aborted.push(request.failure()?.errorText ?? '');
    });
    let holdNext = true;
    await page.route('**/api/lint', async (route) => {
      if (!holdNext) return route.continue();
      holdNext = false;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue().catch(() => undefined);
    });
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' Ring 811218-9876 igen.');
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('Obs! ');
    await poll(() => aborted.length).toBeGreaterThan(0);
    await poll(() => page.locator('.cm-finding-error').allTextContents()).toEqual(['811218-9876', '811218-9876']);
    expect(await editorText(page)).toBe('Obs! Hej! Ring 811218-9876 nu. Ring 811218-9876 igen.');
  });

  test('a "Dela" link loads its text and channels into the editor, and the earlier draft can be taken back', async () => {
    const page = await openEditor();
    await write(page, 'Mitt eget utkast.');
    await poll(() => draftText(page)).toBe('Mitt eget utkast.');
    await page.goto('about:blank');
    await page.goto(`${app.url}/#dela=${encodeShare({ text: 'Delad text om 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 saker.', channels: ['x'] })}`);
    await page.locator('.cm-content').waitFor();
    await poll(() => editorText(page)).toBe('Delad text om 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 saker.');
    // The fragment is gone from the address bar once it has been read.
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('.chip[data-channel="x"]').waitFor();
    expect(await page.locator('.chip[data-channel="x"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.chip[data-channel="instagram"]').getAttribute('aria-pressed')).toBe('false');
    await page.locator('.cm-finding-error').waitFor();
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Ångra och ta tillbaka mitt utkast' }).click();
    await poll(() => editorText(page)).toBe('Mitt eget utkast.');
    expect(await page.locator('.chip[data-channel="instagram"]').getAttribute('aria-pressed')).toBe('true');
  });

  test('keyboard only: jump to a finding, open its actions and apply the fix', async () => {
    const page = await openEditor();
    await page.locator('.cm-content').focus();
    await page.keyboard.type('Hej! Det är 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 att du kommer.');
    await page.locator('.cm-finding-error').waitFor();
    await page.keyboard.press('Control+Home');

    await page.keyboard.press('F8');
    const card = page.locator('.finding-card-active');
    await card.waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('𝗩𝗜𝗞𝗧𝗜𝗚𝗧');
    expect(await card.textContent()).toContain('skärmläsare');
    // The jump is announced to screen readers.
    await poll(() => page.locator('[aria-live="polite"].visually-hidden').first().textContent()).toContain('Anmärkning 1 av');
    await expectNoViolations(page);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ersätt med ”viktigt”');
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('Hej! Det är viktigt att du kommer.');
    // Focus is back in the text, so writing goes on.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);

    // Esc closes a card without changing anything; Enter then writes a new line as usual.
    await page.keyboard.press('End');
    await page.keyboard.type(' Ring 811218-9876.');
    await page.locator('.cm-finding-error').waitFor();
    await page.keyboard.press('Alt+ArrowDown');
    await card.waitFor();
    await page.keyboard.press('Escape');
    await poll(() => card.count()).toBe(0);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('Hej! Det är viktigt att du kommer. Ring 811218-9876.\n');

    // From the side panel: Enter on an entry moves to the finding and opens it.
    const entry = panel(page).locator('.finding-entry[data-rule="pd-personnummer"]');
    await entry.focus();
    await page.keyboard.press('Enter');
    await card.waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('811218-9876');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('Hej! Det är viktigt att du kommer. Ring [personnummer borttaget].\n');
    await expectNoViolations(page);
  });
});
