import { describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../support/app-process.ts';
import { eventually, startAppAndBrowser } from '../support/browser-suite.ts';
import { accessibilityViolations, newPage } from '../support/browser.ts';
import type { LintResponse, RuleInfo } from '../../rules/api/schemas.ts';


const categoryNames: Record<RuleInfo['category'], string> = {
  tone: 'Ton och tilltal',
  readability: 'Klarspråk',
  'personal-data': 'Personuppgifter',
  channel: 'Kanaler',
  accessibility: 'Tillgänglighet',
  legal: 'Juridik och neutralitet',
};
const severityWords: Record<RuleInfo['severity'], string> = { error: 'Fel', warning: 'Varning', info: 'Tips', off: 'Avstängd' };

let app: RunningApp;
let browser: Browser;
let rules: RuleInfo[];

startAppAndBrowser((suite) => ({ app, browser, rules } = suite));

describe('the rule list (/regler)', () => {
  test('lists every rule under its Swedish category with its severity in the current profile', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/regler`);
    await page.locator('.rule-list li').first().waitFor();
    const rows = await page.locator('.rule-list li').evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-rule-id'),
        category: item.closest('section')?.querySelector('h2')?.textContent,
        severity: item.querySelector('.sev-badge')?.textContent,
        href: item.querySelector('a')?.getAttribute('href'),
        title: item.querySelector('a')?.textContent,
      })),
    );
    expect(rows).toHaveLength(rules.length);
    for (const rule of rules) {
      const row = rows.find((candidate) => candidate.id === rule.id);
      expect(row, rule.id).toEqual({ id: rule.id, category: categoryNames[rule.category], severity: severityWords[rule.severity], href: `/regler/${rule.id}`, title: rule.title });
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('shows a rule turned off in the profile as "Avstängd"', async () => {
    const off = rules.filter((rule) => rule.severity === 'off');
    const page = await newPage(browser);
    await page.goto(`${app.url}/regler`);
    await page.locator('.rule-list li').first().waitFor();
    expect(await page.locator('.rule-list .severity-off').count()).toBe(off.length);
    for (const rule of off) expect(await page.locator(`li[data-rule-id="${rule.id}"] .sev-badge`).textContent()).toBe('Avstängd');
    await page.context().close();
  });
});

describe('a rule page (/regler/:id)', () => {
  test("shows the rule's title, explanation, basis, guideline reference, severity and examples with real findings", async () => {
    const rule = rules.find((candidate) => candidate.severity !== 'off')!;
    const page = await newPage(browser);
    await page.goto(`${app.url}/regler/${rule.id}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(rule.title);
    const main = page.locator('main');
    expect(await main.textContent()).toContain(rule.description);
    for (const source of rule.basis) expect(await main.locator('.rule-facts').textContent()).toContain(source);
    expect(await main.locator('.rule-facts').textContent()).toContain(rule.guidelineRef ?? 'Profilen anger inget avsnitt');
    expect(await main.locator('.rule-facts .sev-badge').first().textContent()).toBe(severityWords[rule.severity]);
    expect(await main.locator('.example-card').count()).toBe(rule.examples.length);
    const first = main.locator('.example-card').first();
    await first.locator('.example-count').waitFor();
    const listed = await first.locator('.fl-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id')));
    const example = rule.examples[0]!;
    const response = await fetch(`${app.url}/api/lint`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: example.bad, channels: example.channels ?? [], ...(example.media ? { media: example.media } : {}) }),
    });
    expect(listed).toEqual(((await response.json()) as LintResponse).messages.map((message) => message.ruleId));
    expect(listed).toContain(rule.id);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  test("a finding's url from the lint API opens that rule's page", async () => {
    const rule = rules.find((candidate) => candidate.severity !== 'off')!;
    const example = rule.examples[0]!;
    const response = await fetch(`${app.url}/api/lint`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: example.bad, channels: example.channels ?? [], ...(example.media ? { media: example.media } : {}) }),
    });
    const message = ((await response.json()) as LintResponse).messages.find((candidate) => candidate.ruleId === rule.id)!;
    const page = await newPage(browser);
    await page.goto(`${app.url}${message.url}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(rule.title);
    await page.context().close();
  });

  test('an unknown rule id says in Swedish that the rule does not exist', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/regler/finns-inte-alls`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Regeln finns inte');
    expect(await page.locator('main').textContent()).toContain('finns-inte-alls');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Se alla regler' }).click();
    await page.waitForURL(`${app.url}/regler`);
    await page.context().close();
  });
});
