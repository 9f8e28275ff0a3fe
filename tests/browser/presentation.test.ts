import { describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../support/app-process.ts';
import { eventually, startAppAndBrowser } from '../support/browser-suite.ts';
import { accessibilityViolations, newPage } from '../support/browser.ts';
import type { LintMessage, LintResponse, RuleInfo } from '../../rules/api/schemas.ts';


let app: RunningApp;
let browser: Browser;
let rules: RuleInfo[];

type Example = RuleInfo['examples'][number];

async function findingsOf(example: Example, version: 'bad' | 'good' = 'bad'): Promise<LintMessage[]> {
  const body = { text: example[version], channels: example.channels ?? [], ...(example.media ? { media: example.media } : {}) };
  const response = await fetch(`${app.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return ((await response.json()) as LintResponse).messages;
}

startAppAndBrowser((suite) => ({ app, browser, rules } = suite));

const dialog = (page: Page) => page.getByRole('dialog');
const stepLabel = (page: Page) => page.locator('.presentation-step');

/** The projector check: nothing in presentation mode needs scrolling. */
async function expectNoScrolling(page: Page, context: string) {
  const overflow = await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.presentation')!;
    const text = root.querySelector<HTMLElement>('.presentation-text')!;
    return { root: root.scrollHeight - root.clientHeight, text: text.scrollHeight - text.clientHeight, page: document.documentElement.scrollHeight - window.innerHeight };
  });
  expect(overflow.root, `${context}: the presentation fits the screen`).toBeLessThanOrEqual(1);
  expect(overflow.text, `${context}: the text fits its box`).toBeLessThanOrEqual(1);
}

/** Checks that the step now shown highlights `message` and explains it. */
async function expectFindingShown(page: Page, example: Example, message: LintMessage, number: number, total: number) {
  await eventually(() => stepLabel(page).textContent()).toContain(`Markering ${number} av ${total}`);
  expect(await page.locator('.presentation-explain').textContent()).toContain(message.message);
  const rule = rules.find((candidate) => candidate.id === message.ruleId);
  if (rule) expect(await page.locator('.presentation-explain').textContent()).toContain(rule.description.slice(0, 40));
  if (message.field) {
    const altText = example.media?.[Number(/\d+/.exec(message.field)![0])]?.altText ?? '';
    if (message.end > message.start) {
      expect((await page.locator('.presentation-alt mark.is-active').allTextContents()).join('')).toBe(altText.slice(message.start, message.end));
    } else {
      expect(await page.locator('.presentation-alt .is-whole-active').textContent()).toBe(altText);
    }
  } else if (message.end > message.start) {
    const highlighted = (await page.locator('.presentation-text mark.is-active').allTextContents()).join('');
    expect(highlighted).toBe(example.bad.slice(message.start, message.end));
  } else if (message.start === 0) {
    expect(await page.locator('.presentation-text.is-whole-active').count()).toBe(1);
  } else {
    expect(await page.locator('.presentation-text .hl-caret.is-active').count()).toBe(1);
  }
}

describe('presentation mode', () => {
  test('steps through every finding of one example with the arrow keys, then shows the good version, full screen at 1280×720', async () => {
    // An example with several findings, found through the running linter rather than named here.
    let chosen: { rule: RuleInfo; index: number; findings: LintMessage[] } | undefined;
    for (const rule of rules.filter((candidate) => candidate.severity !== 'off')) {
      for (const [index, example] of rule.examples.entries()) {
        if (example.bad.length > 400) continue;
        const findings = await findingsOf(example);
        if (findings.length >= 2 && (!chosen || findings.length > chosen.findings.length)) chosen = { rule, index, findings };
      }
      if (chosen && chosen.findings.length >= 3) break;
    }
    expect(chosen, 'some catalog example has at least two findings').toBeDefined();
    const { rule, index, findings } = chosen!;
    const example = rule.examples[index]!;

    const page = await newPage(browser, { width: 1280, height: 720 });
    await page.goto(`${app.url}/regler/${rule.id}`);
    const opener = page.locator(`.example-card[data-example-index="${index}"]`).getByRole('button', { name: 'Presentera' });
    await opener.click();
    await dialog(page).waitFor();
    expect(await dialog(page).getAttribute('aria-modal')).toBe('true');
    expect(await page.getByRole('heading', { name: rule.title, level: 2 }).count()).toBe(1);
    const box = await dialog(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    if (await page.evaluate(() => document.fullscreenEnabled)) {
      await eventually(() => page.evaluate(() => document.fullscreenElement?.classList.contains('presentation') ?? false)).toBe(true);
    }

    await eventually(() => stepLabel(page).textContent()).toContain(`Före: ${findings.length} markeringar`);
    expect(await page.locator('.presentation-text').textContent()).toBe(example.bad);
    expect(await page.locator('.presentation-text mark.is-active').count()).toBe(0);
    await expectNoScrolling(page, 'start');

    for (const [number, message] of findings.entries()) {
      await page.keyboard.press('ArrowRight');
      await expectFindingShown(page, example, message, number + 1, findings.length);
      await expectNoScrolling(page, `finding ${number + 1}`);
      if (number === 0) expect(await accessibilityViolations(page)).toEqual([]);
    }

    await page.keyboard.press('ArrowRight');
    await eventually(() => stepLabel(page).textContent()).toContain('Efter');
    expect(await page.locator('.presentation-text').textContent()).toBe(example.good);
    await eventually(() => page.locator('.presentation-explain').textContent()).toContain('Regeln markerar inget längre');
    await expectNoScrolling(page, 'good version');

    // Back one step is the last finding again.
    await page.keyboard.press('ArrowLeft');
    await expectFindingShown(page, example, findings[findings.length - 1]!, findings.length, findings.length);

    await page.keyboard.press('Escape');
    await eventually(() => dialog(page).count()).toBe(0);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Presentera');
    await page.context().close();
  }, 120_000);

  test('walks a room through three bad examples in a row, finding by finding, from the gallery', async () => {
    const page = await newPage(browser, { width: 1280, height: 720 });
    await page.goto(`${app.url}/exempel`);
    await page.getByRole('button', { name: 'Starta presentation' }).click();
    await dialog(page).waitFor();
    const total = rules.reduce((sum, rule) => sum + rule.examples.length, 0);
    // The gallery's order: by category, then as in the registry.
    const order = ['tone', 'readability', 'personal-data', 'channel', 'accessibility', 'legal'].flatMap((category) =>
      rules.filter((rule) => rule.category === category).flatMap((rule) => rule.examples.map((example) => ({ rule, example }))),
    );
    for (const [position, { rule, example }] of order.slice(0, 3).entries()) {
      await eventually(() => page.locator('.presentation-meta').textContent()).toContain(`Exempel ${position + 1} av ${total}`);
      expect(await page.locator('#presentation-title').textContent()).toBe(rule.title);
      const findings = await findingsOf(example);
      await eventually(() => stepLabel(page).textContent()).toContain('Före');
      for (const [number, message] of findings.entries()) {
        await page.keyboard.press('ArrowRight');
        await expectFindingShown(page, example, message, number + 1, findings.length);
        if (example.bad.length <= 400) await expectNoScrolling(page, `${rule.id} finding ${number + 1}`);
      }
      await page.keyboard.press('ArrowRight');
      await eventually(() => stepLabel(page).textContent()).toContain('Efter');
      expect(await page.locator('.presentation-text').textContent()).toBe(example.good);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await eventually(() => dialog(page).count()).toBe(0);
    await page.context().close();
  }, 180_000);
});
