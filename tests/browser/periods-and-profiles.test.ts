import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, newPage } from '../support/browser.ts';
import { eventually, startAppAndBrowser, type BrowserSuite } from '../support/browser-suite.ts';
import { builtInProfileDir } from '../../rules/profile/load.ts';

// A server with two profiles, one with a valår period, on a day inside it (POSTKOLL_TODAY).
function profilesDir() {
  const alingsas = JSON.parse(readFileSync(join(builtInProfileDir, 'alingsas.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'postkoll-browser-profiles-'));
  const valkommun = {
    ...alingsas,
    id: 'valkommun',
    name: 'Valkommunens riktlinje',
    rules: { ...alingsas.rules, 'neutral-partipolitik': { ...alingsas.rules?.['neutral-partipolitik'], guidelineRef: 'Avsnitt 3.2: Kommunikation i kanalerna ska vara saklig och opartisk' } },
    periods: [{ name: 'Valår 2026', start: '2026-03-01', end: '2026-09-13', description: 'Skärpt neutralitet inför valet.', rules: { 'neutral-partipolitik': { severity: 'error' } } }],
  };
  writeFileSync(join(dir, 'valkommun.json'), JSON.stringify(valkommun));
  return dir;
}

let suite: BrowserSuite;
startAppAndBrowser((started) => (suite = started), () => ({ POSTKOLL_PROFILES: profilesDir(), POSTKOLL_TODAY: '2026-05-01' }));

const political = 'Moderaterna besökte biblioteket i Alingsås i dag.';
const summary = (page: Page) => page.locator('.publish-summary .summary-verdict');

async function expectNoViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('profiles and periods', () => {
  test('the editor offers the profiles, remembers the choice for the draft, and a period’s override says its period; the review lints with the same profile', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.app.url}/`);
    const picker = page.getByLabel('Riktlinje');
    await eventually(() => picker.locator('option').allTextContents()).toEqual([expect.stringMatching(/^Alingsås.* \(standard\)$/), 'Valkommunens riktlinje']);
    await page.locator('.cm-content').focus();
    await page.keyboard.insertText(political);
    // Default profile: a warning, which does not block.
    await eventually(() => page.locator('.cm-finding[data-rule="neutral-partipolitik"]').getAttribute('class')).toContain('cm-finding-warning');
    await eventually(() => summary(page).textContent()).toBe('Klar att publicera');
    await expectNoViolations(page);

    // By keyboard: the valår profile makes it an error, from its period.
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await eventually(() => page.locator('.cm-finding[data-rule="neutral-partipolitik"]').getAttribute('class')).toContain('cm-finding-error');
    await eventually(() => summary(page).textContent()).toMatch(/^Inte klar att publicera/);
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    const card = page.locator('.finding-card-active');
    await eventually(() => card.textContent()).toContain('Regeln gäller så här under perioden ”Valår 2026”.');
    // The card cites the chosen profile's own guideline.
    await eventually(() => card.locator('.finding-guideline').textContent()).toBe('Riktlinjen: Avsnitt 3.2: Kommunikation i kanalerna ska vara saklig och opartisk');
    await expectNoViolations(page);

    // Remembered for the draft.
    await page.reload();
    await eventually(() => page.getByLabel('Riktlinje').inputValue()).toBe('valkommun');
    await eventually(() => page.locator('.cm-finding[data-rule="neutral-partipolitik"]').getAttribute('class')).toContain('cm-finding-error');

    // Sent for review: the panel says how long the draft is kept before anything is sent.
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    expect(await page.locator('.rv-retention').textContent()).toContain('sparas på servern i 30 dagar efter senaste aktivitet');
    await page.getByLabel('Ditt namn').fill('Sara Skribent');
    await page.getByRole('button', { name: 'Skapa länkarna' }).click();
    const link = await page.getByRole('textbox', { name: 'Länk för granskaren' }).inputValue();
    const reviewer = await newPage(suite.browser);
    const catalogs: string[] = [];
    reviewer.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/rules') catalogs.push(`${url.pathname}${url.search}`);
    });
    await reviewer.goto(link);
    const finding = reviewer.locator('.rv-finding').first();
    await eventually(() => finding.textContent()).toContain('enligt perioden ”Valår 2026”');
    // The draft's profile, not the default: its severity (an error in valår) and its own guideline, from its catalog.
    expect(await finding.getAttribute('class')).toContain('rv-finding-error');
    await eventually(() => finding.locator('.rv-finding-guideline').textContent()).toBe('Riktlinjen: Avsnitt 3.2: Kommunikation i kanalerna ska vara saklig och opartisk');
    expect(await finding.getByRole('link').textContent()).toBe('Om regeln ”Partipolitik i kommunens kanal”');
    await reviewer.getByRole('region', { name: 'Kvar innan version 1 kan godkännas' }).waitFor();
    expect(catalogs).toEqual(['/api/rules?profile=valkommun']);
    await expectNoViolations(reviewer);
    await reviewer.context().close();
    await page.context().close();
  });

  test('/profil shows each period, its days and what it changes, and which hold today', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.app.url}/profil?profil=valkommun`);
    const periods = page.getByRole('region', { name: 'Perioder med egna regler' });
    await eventually(() => periods.textContent()).toContain('Valår 2026 (gäller i dag)');
    expect(await periods.textContent()).toContain('1 mars 2026 – 13 september 2026');
    expect(await periods.textContent()).toContain('Skärpt neutralitet inför valet.');
    expect(await periods.getByRole('link').first().getAttribute('href')).toBe('/regler/neutral-partipolitik');
    await expectNoViolations(page);
    await page.goto(`${suite.app.url}/profil`);
    await eventually(() => page.getByRole('region', { name: 'Perioder med egna regler' }).textContent()).toContain('Profilen har inga perioder');
    await page.context().close();
  });
});
