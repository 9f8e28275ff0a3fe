import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../support/app-process.ts';
import { eventually, startAppAndBrowser } from '../support/browser-suite.ts';
import { accessibilityViolations, newPage } from '../support/browser.ts';
import type { RuleInfo } from '../../rules/api/schemas.ts';
import { decodeShare, encodeShare } from '../../client/src/share/fragment.ts';


let app: RunningApp;
let browser: Browser;
let rules: RuleInfo[];

startAppAndBrowser((suite) => ({ app, browser, rules } = suite));

/** A text no log line could contain by chance. */
const secretText = () => `Hemlig delad text ${randomBytes(6).toString('hex')} om öppet hus på biblioteket i Alingsås`;

/** Everything the server logged, to search for traces of a shared draft. */
const serverLog = () => app.logs.join('\n');

describe('sharing a text as a link', () => {
  test('"Dela" on an example makes a link to the editor that carries the text and channels in the fragment', async () => {
    const rule = rules.find((candidate) => candidate.examples.some((example) => example.channels?.length)) ?? rules[0]!;
    const index = Math.max(0, rule.examples.findIndex((example) => example.channels?.length));
    const example = rule.examples[index]!;
    const page = await newPage(browser);
    // The example's own rule only, to keep the page (and axe's run) small.
    await page.goto(`${app.url}/exempel?sok=${rule.id}`);
    const card = page.locator(`.example-card[data-rule-id="${rule.id}"][data-example-index="${index}"]`);
    const share = card.getByRole('button', { name: 'Dela', exact: true });
    await share.click();
    expect(await share.getAttribute('aria-expanded')).toBe('true');
    const link = await card.getByLabel('Länk att dela').inputValue();
    expect(link.startsWith(`${app.url}/#dela=`)).toBe(true);
    expect(decodeShare(new URL(link).hash)).toEqual({ text: example.bad, ...(example.channels ? { channels: example.channels } : {}) });
    // Nothing about the text is in the part of the address a server would see.
    expect(new URL(link).pathname + new URL(link).search).toBe('/');

    await card.getByRole('button', { name: 'Kopiera länken' }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe('Länken är kopierad.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  test('a shared exercise link opens with its text, and the server log has neither the text nor the fragment', async () => {
    const rule = rules.find((candidate) => candidate.severity !== 'off')!;
    const text = secretText();
    const data = encodeShare({ text, channels: ['instagram'] });
    const page = await newPage(browser);
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.goto(`${app.url}/ova/${rule.id}/1#dela=${data}`);
    const editor = page.getByRole('textbox', { name: 'Din text' });
    await eventually(() => editor.inputValue()).toBe(text);
    expect(await page.locator('.exercise-channels').textContent()).toContain('Instagram');
    // The text is linted (in a request body), which is how a shared text gets its findings.
    await page.locator('.exercise-findings .example-text').waitFor();
    expect(await page.locator('.exercise-findings .example-text').textContent()).toBe(text);

    expect(seen.some((url) => url.includes('#') || url.includes(data))).toBe(false);
    const log = serverLog();
    expect(log).toContain('/api/lint');
    expect(log).not.toContain(text);
    expect(log).not.toContain(text.split(' ')[3]!);
    expect(log).not.toContain(data.slice(0, 24));
    expect(log).not.toContain('dela=');
    await page.context().close();
  }, 90_000);

  test('a shared link to the editor opens with the text, and the server log has neither the text nor the fragment', async () => {
    const text = secretText();
    const data = encodeShare({ text, channels: ['facebook'] });
    const page = await newPage(browser);
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.goto(`${app.url}/#dela=${data}`);
    const editor = page.locator('.cm-content');
    await eventually(() => editor.textContent(), { timeout: 20_000 }).toContain(text);

    expect(seen.some((url) => url.includes('#') || url.includes(data))).toBe(false);
    const log = serverLog();
    expect(log).not.toContain(text);
    expect(log).not.toContain(text.split(' ')[3]!);
    expect(log).not.toContain(data.slice(0, 24));
    expect(log).not.toContain('dela=');
    await page.context().close();
  }, 90_000);
});
