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

async function findingsFor(text: string, example: Example): Promise<LintMessage[]> {
  const body = { text, channels: example.channels ?? [], ...(example.media ? { media: example.media } : {}) };
  const response = await fetch(`${app.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return ((await response.json()) as LintResponse).messages;
}

const errorsByRule = (messages: LintMessage[]) => {
  const counts = new Map<string, number>();
  for (const message of messages) if (message.severity === 'error') counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  return counts;
};
const hasNewErrors = (before: LintMessage[], after: LintMessage[]) => {
  const old = errorsByRule(before);
  return [...errorsByRule(after)].some(([id, count]) => count > (old.get(id) ?? 0));
};

const smallChange = ' Tack!';

/**
 * A rule that is on, and an example whose good version passes the exercise while a small addition to
 * the bad one does not (found through the linter, not named here).
 */
async function passableExercise(skip: (rule: RuleInfo) => boolean = () => false) {
  for (const rule of rules) {
    if (rule.severity === 'off' || skip(rule)) continue;
    for (const [index, example] of rule.examples.entries()) {
      const bad = await findingsFor(example.bad, example);
      const good = await findingsFor(example.good, example);
      const changed = await findingsFor(example.bad + smallChange, example);
      const fires = (messages: LintMessage[]) => messages.some((message) => message.ruleId === rule.id);
      if (!fires(good) && !hasNewErrors(bad, good) && fires(changed)) return { rule, index, example, bad };
    }
  }
  throw new Error('No catalog example passes its own exercise.');
}

const verdict = (page: Page) => page.locator('[data-verdict]').getAttribute('data-verdict');

startAppAndBrowser((suite) => ({ app, browser, rules } = suite));

describe('exercises', () => {
  test('"Öva" in the gallery opens the bad example in an editor with its goal in words', async () => {
    const rule = rules.find((candidate) => candidate.severity !== 'off')!;
    const page = await newPage(browser);
    await page.goto(`${app.url}/exempel`);
    // A card is linted once it shows, and each result changes the card's height: wait for the cards in
    // view, as a reader's eye would, so that the click does not land while the link is still moving.
    const card = page.locator(`.example-card[data-rule-id="${rule.id}"][data-example-index="0"]`);
    await card.scrollIntoViewIfNeeded();
    const pendingInView = () =>
      page.evaluate(() => [...document.querySelectorAll('.example-pending')].filter((node) => {
        const box = node.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      }).length);
    await eventually(pendingInView, { timeout: 60_000 }).toBe(0);
    await card.getByRole('link', { name: 'Öva' }).click();
    await page.waitForURL(`${app.url}/ova/${rule.id}/1`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Övning: ${rule.title}`);
    expect(await page.locator('.exercise-goal').textContent()).toContain(`Skriv om texten så att regeln ”${rule.title}” inte längre slår till`);
    const editor = page.getByRole('textbox', { name: 'Din text' });
    expect(await editor.inputValue()).toBe(rule.examples[0]!.bad);
    await eventually(() => verdict(page)).toBe('unchanged');
    expect(await page.locator('[data-verdict]').getAttribute('role')).toBe('status');
    await page.context().close();
  });

  test('is completed by fixing the text: the page says so once the rule stops firing without new errors', async () => {
    const { rule, index, example } = await passableExercise();
    const page = await newPage(browser);
    const lintCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/lint')) lintCalls.push(request.postData() ?? '');
    });
    await page.goto(`${app.url}/ova/${rule.id}/${index + 1}`);
    const editor = page.getByRole('textbox', { name: 'Din text' });
    await eventually(() => verdict(page)).toBe('unchanged');

    // A small change that leaves the problem in place is not enough.
    await editor.press('Control+End');
    await editor.pressSequentially(smallChange, { delay: 30 });
    await eventually(() => verdict(page)).toBe('fires');
    expect(await page.locator('[data-verdict]').textContent()).toContain('slår fortfarande till');
    // Typing is debounced: six keystrokes, fewer lint calls, the last one for the whole text.
    const typed = lintCalls.map((body) => (JSON.parse(body) as { text: string }).text).filter((text) => text.length > example.bad.length);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.length).toBeLessThan(smallChange.length);
    expect(typed[typed.length - 1]).toBe(example.bad + smallChange);

    await editor.fill(example.good);
    await eventually(() => verdict(page)).toBe('passed');
    expect(await page.locator('[data-verdict]').textContent()).toContain(`Klart! Regeln ”${rule.title}” slår inte längre till och texten har inga nya fel.`);
    expect(await page.locator(`.exercise-findings .fl-item[data-rule-id="${rule.id}"]`).count()).toBe(0);

    // The good example is offered as one possible answer, behind a button.
    const reveal = page.getByRole('button', { name: 'Visa ett möjligt svar' });
    expect(await reveal.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.exercise-answer').isVisible()).toBe(false);
    await reveal.click();
    expect(await page.getByRole('button', { name: 'Dölj förslaget' }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.exercise-answer').textContent()).toContain(example.good);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Börja om' }).click();
    expect(await editor.inputValue()).toBe(example.bad);
    await eventually(() => verdict(page)).toBe('unchanged');
    await page.context().close();
  }, 120_000);

  test('is not passed when the rule stops firing but a new error appears', async () => {
    // Text that brings an error of its own, taken from another rule's bad example without channels or media.
    let intruder: { ruleId: string; text: string } | undefined;
    for (const rule of rules) {
      const example = rule.examples.find((candidate) => !candidate.channels && !candidate.media);
      if (!example) continue;
      const errors = (await findingsFor(example.bad, example)).filter((message) => message.severity === 'error' && message.ruleId === rule.id);
      if (errors.length > 0) {
        intruder = { ruleId: rule.id, text: example.bad };
        break;
      }
    }
    expect(intruder, 'some rule has an error-level bad example').toBeDefined();
    const { rule, index, example, bad } = await passableExercise((candidate) => candidate.id === intruder!.ruleId);
    const text = `${example.good}\n\n${intruder!.text}`;
    const after = await findingsFor(text, example);
    expect(after.some((message) => message.ruleId === rule.id)).toBe(false);
    expect(hasNewErrors(bad, after)).toBe(true);

    const page = await newPage(browser);
    await page.goto(`${app.url}/ova/${rule.id}/${index + 1}`);
    await page.getByRole('textbox', { name: 'Din text' }).fill(text);
    await eventually(() => verdict(page)).toBe('new-errors');
    expect(await page.locator('[data-verdict]').textContent()).toContain('men texten har fått nya fel');
    await page.context().close();
  }, 120_000);

  test("the learner's text can be taken on to the editor", async () => {
    const rule = rules.find((candidate) => candidate.severity !== 'off')!;
    const text = `Min omskrivning ${Date.now().toString(36)} av exemplet.`;
    const page = await newPage(browser);
    await page.goto(`${app.url}/ova/${rule.id}/1`);
    await page.getByRole('textbox', { name: 'Din text' }).fill(text);
    await page.getByRole('button', { name: 'Fortsätt med texten i skrivläget' }).click();
    await page.waitForURL(`${app.url}/`);
    await eventually(() => page.locator('.cm-content').textContent()).toBe(text);
    await page.context().close();
  });

  test('an exercise that does not exist says so in Swedish', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/ova/finns-inte/1`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Övningen finns inte');
    await page.goto(`${app.url}/ova/${rules[0]!.id}/${rules[0]!.examples.length + 1}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Övningen finns inte');
    await page.context().close();
  });
});
