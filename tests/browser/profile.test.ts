import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-process.ts';
import { accessibilityViolations, launchBrowser, newPage } from '../support/browser.ts';
import type { RuleInfo } from '../../rules/api/schemas.ts';
import type { ResolvedProfile } from '../../rules/profile/schema.ts';


const severityWords = { error: 'Fel', warning: 'Varning', info: 'Tips', off: 'Avstängd' } as const;

let app: RunningApp;
let browser: Browser;
let profile: ResolvedProfile;
let rules: RuleInfo[];

const getJson = async <T>(path: string) => (await (await fetch(`${app.url}${path}`)).json()) as T;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { profiles } = await getJson<{ profiles: Array<{ id: string; default: boolean }> }>('/api/profiles');
  profile = await getJson<ResolvedProfile>(`/api/profiles/${profiles.find((candidate) => candidate.default)!.id}`);
  rules = (await getJson<{ rules: RuleInfo[] }>('/api/rules')).rules;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the profile page (/profil)', () => {
  test('shows what the kommun decided: rules on and off, thresholds, channels, allowlists and gazetteer, read-only', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/profil`);
    await page.getByRole('heading', { level: 2, name: profile.name }).waitFor();
    const main = page.locator('main');

    for (const rule of rules) {
      const row = main.locator(`tr[data-rule-id="${rule.id}"]`);
      const setting = profile.rules[rule.id]!;
      expect(await row.locator('.sev-badge').textContent(), rule.id).toBe(severityWords[setting.severity]);
      const cells = await row.textContent();
      for (const [key, value] of Object.entries(setting.options)) {
        expect(cells, `${rule.id}.${key}`).toContain(key);
        if (typeof value === 'number') expect(cells, `${rule.id}.${key}`).toContain(value.toLocaleString('sv-SE'));
      }
    }

    for (const channel of Object.values(profile.channels)) {
      const row = main.locator(`tr[data-channel-id="${channel.id}"]`);
      expect(await row.locator('th').textContent()).toContain(channel.name);
      expect(await row.textContent()).toContain(channel.limit.toLocaleString('sv-SE'));
    }

    const text = await main.textContent();
    const org = profile.organisation;
    for (const item of [...org.phones, ...org.emailDomains, ...org.addresses, ...org.fixedHashtags, ...org.giroNumbers]) expect(text).toContain(item);
    for (const local of org.roleAddresses) expect(text).toContain(`${local}@`);
    for (const item of [...profile.gazetteer.places, ...profile.gazetteer.units, ...profile.gazetteer.buildings]) expect(text).toContain(item);

    // Read-only: nothing to type into, nothing to save.
    expect(await main.locator('input, textarea').count()).toBe(0);
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 180_000);
});
