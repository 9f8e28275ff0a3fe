import { describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../support/app-process.ts';
import { eventually, startAppAndBrowser } from '../support/browser-suite.ts';
import { accessibilityViolations, newPage } from '../support/browser.ts';
import type { LintRequest, LintResponse, RuleInfo } from '../../rules/api/schemas.ts';


// The category names users see, in the guideline's order.
const categories: Array<[RuleInfo['category'], string]> = [
  ['tone', 'Ton och tilltal'],
  ['readability', 'Klarspråk'],
  ['personal-data', 'Personuppgifter'],
  ['channel', 'Kanaler'],
  ['accessibility', 'Tillgänglighet'],
  ['legal', 'Juridik och neutralitet'],
];

let app: RunningApp;
let browser: Browser;
let rules: RuleInfo[];

startAppAndBrowser((suite) => ({ app, browser, rules } = suite));

type Example = RuleInfo['examples'][number];

/** What the gallery must send for one version of an example: its own channels (none if it names none) and media. */
const requestFor = (example: Example, version: 'bad' | 'good'): LintRequest => ({
  text: example[version],
  channels: example.channels ?? [],
  ...(example.media ? { media: example.media } : {}),
});

async function lintViaApi(input: LintRequest): Promise<LintResponse> {
  const response = await fetch(`${app.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  expect(response.status).toBe(200);
  return (await response.json()) as LintResponse;
}

const card = (page: Page, ruleId: string, index: number) => page.locator(`.example-card[data-rule-id="${ruleId}"][data-example-index="${index}"]`);

/** The rule ids of the findings a card lists, once its lint answer has arrived. */
async function listedFindings(example: Locator): Promise<string[]> {
  await example.scrollIntoViewIfNeeded();
  await example.locator('.example-count').waitFor();
  return example.locator('.fl-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id') ?? ''));
}

async function openGallery(path = '/exempel') {
  const page = await newPage(browser);
  const lintCalls: string[] = [];
  const statuses: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/lint')) lintCalls.push(request.postData() ?? '');
  });
  page.on('response', (response) => {
    if (response.url().endsWith('/api/lint')) statuses.push(response.status());
  });
  await page.goto(`${app.url}${path}`);
  await page.locator('section.gallery-rule').first().waitFor();
  return { page, lintCalls, statuses };
}

describe('the example gallery', () => {
  test('shows every rule in the registry, with all of its examples, under Swedish category headings', async () => {
    const { page } = await openGallery();
    expect(rules.length).toBeGreaterThan(0);
    const shown = await page
      .locator('section.gallery-rule')
      .evaluateAll((sections) => sections.map((section) => ({ id: section.getAttribute('data-rule-id'), examples: section.querySelectorAll('.example-card').length })));
    expect(shown.map((section) => section.id).sort()).toEqual(rules.map((rule) => rule.id).sort());
    for (const rule of rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(shown.find((section) => section.id === rule.id)?.examples, rule.id).toBe(rule.examples.length);
    }
    const expectedHeadings = categories.filter(([id]) => rules.some((rule) => rule.category === id)).map(([, name]) => name);
    expect(await page.locator('main h2').allTextContents()).toEqual(expectedHeadings);
    for (const [id, name] of categories) {
      const inCategory = rules.filter((rule) => rule.category === id).map((rule) => rule.id);
      const underHeading = await page
        .locator('section.gallery-category')
        .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
        .locator('section.gallery-rule')
        .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-rule-id')));
      expect(underHeading).toEqual(inCategory);
    }
    await eventually(() => page.getByRole('status').filter({ hasText: 'Visar' }).textContent()).toContain(`Visar ${rules.length} regler`);
    await page.context().close();
  });

  test("renders each example with the running linter's real findings, channels and media included", async () => {
    const { page } = await openGallery();
    // One plain example, and where they exist one with channels and one with media.
    const picks = [
      rules[0],
      rules.find((rule) => rule.examples[0]!.channels?.length),
      rules.find((rule) => rule.examples[0]!.media?.length),
      rules[rules.length - 1],
    ].filter((rule): rule is RuleInfo => rule !== undefined);
    for (const rule of picks) {
      const expected = await lintViaApi(requestFor(rule.examples[0]!, 'bad'));
      const listed = await listedFindings(card(page, rule.id, 0));
      expect(listed, rule.id).toEqual(expected.messages.map((message) => message.ruleId));
      if (rule.severity !== 'off') expect(listed, `${rule.id}: the bad example shows its own rule`).toContain(rule.id);
      // Passages of the post text are marked in the text itself.
      const marked = await card(page, rule.id, 0).locator('.example-text mark').allTextContents();
      for (const message of expected.messages.filter((message) => !message.field && message.end > message.start)) {
        expect(marked.join(''), `${rule.id}: marks ${message.ruleId}`).toContain(rule.examples[0]!.bad.slice(message.start, message.end).slice(0, 10));
      }
    }
    await page.context().close();
  });

  test('toggles an example between before (bad) and after (good), each with its own findings', async () => {
    const { page } = await openGallery();
    const rule = rules.find((candidate) => candidate.severity !== 'off')!;
    const example = rule.examples[0]!;
    const item = card(page, rule.id, 0);
    const before = item.getByRole('button', { name: 'Före' });
    const after = item.getByRole('button', { name: 'Efter' });
    await eventually(() => before.getAttribute('aria-pressed')).toBe('true');
    expect(await item.locator('.example-text').textContent()).toBe(example.bad);
    expect(await listedFindings(item)).toContain(rule.id);

    await after.click();
    expect(await after.getAttribute('aria-pressed')).toBe('true');
    expect(await before.getAttribute('aria-pressed')).toBe('false');
    expect(await item.locator('.example-text').textContent()).toBe(example.good);
    await eventually(() => item.locator('.version-label').textContent()).toContain('Efter');
    const goodExpected = await lintViaApi(requestFor(example, 'good'));
    expect(await listedFindings(item)).toEqual(goodExpected.messages.map((message) => message.ruleId));
    expect(goodExpected.messages.map((message) => message.ruleId)).not.toContain(rule.id);

    await before.click();
    expect(await item.locator('.example-text').textContent()).toBe(example.bad);
    expect(await listedFindings(item)).toContain(rule.id);
    await page.context().close();
  });

  test('filters by search words and by category', async () => {
    const { page } = await openGallery();
    const target = rules[rules.length - 1]!;
    await page.getByLabel('Sök', { exact: true }).fill(target.title);
    await eventually(() => page.locator(`section.gallery-rule[data-rule-id="${target.id}"]`).count()).toBe(1);
    expect(await page.locator('section.gallery-rule').count()).toBeLessThanOrEqual(rules.length);

    await page.getByLabel('Sök', { exact: true }).fill('xyzzy ingen träff alls');
    await eventually(() => page.locator('section.gallery-rule').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Inga exempel' }).count()).toBe(1);

    await page.getByLabel('Sök', { exact: true }).fill('');
    const [category, name] = categories.find(([id]) => rules.some((rule) => rule.category === id))!;
    await page.getByLabel('Kategori').selectOption({ label: name });
    const expected = rules.filter((rule) => rule.category === category).map((rule) => rule.id);
    await eventually(() => page.locator('section.gallery-rule').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-rule-id'))))
      .toEqual(expected);
    expect(page.url()).toContain(`kategori=${category}`);
    await page.context().close();
  });

  test('lints only what comes into view, each text once, without hitting the rate limit', async () => {
    const { page, lintCalls, statuses } = await openGallery();
    const examples = rules.reduce((sum, rule) => sum + rule.examples.length, 0);
    const distinctTexts = new Set(rules.flatMap((rule) => rule.examples.map((example) => JSON.stringify(requestFor(example, 'bad'))))).size;
    await page.waitForTimeout(2_000);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    const onLoad = lintCalls.length;
    expect(onLoad).toBeGreaterThan(0);
    if (pageHeight > 3) expect(onLoad).toBeLessThan(examples);
    // Scrolling to the end lints the rest, still once per text.
    // The page grows as findings arrive, so scroll until the end stays the end.
    for (let screens = 0; screens < 200; screens += 1) {
      const atEnd = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(150);
      if (atEnd && (await page.locator('.example-pending').count()) === 0) break;
    }
    await eventually(() => page.locator('.example-pending').count(), { timeout: 30_000 }).toBe(0);
    expect(new Set(lintCalls).size).toBe(lintCalls.length);
    expect(lintCalls.length).toBe(distinctTexts);
    expect(statuses.every((status) => status === 200)).toBe(true);
    await page.context().close();
  }, 180_000);

  test('has no axe-core violations, with findings shown and an example switched to after', async () => {
    const { page } = await openGallery();
    await page.locator('.fl-list').first().waitFor();
    await page.locator('.example-card').first().getByRole('button', { name: 'Efter' }).click();
    await page.locator('.example-card').first().getByRole('button', { name: 'Dela' }).click();
    // axe over every example at once is slow on a busy machine: give it room.
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 300_000);
});
