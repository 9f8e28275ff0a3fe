import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { registry } from '../../rules/registry.ts';
import type { ExpectedFinding, RuleExample } from '../../rules/core/types.ts';
import type { LintMessage } from '../../rules/core/linter.ts';
import { alingsas, defaultLinter } from '../support/linter.ts';

// Every rule's catalog examples are its first tests, as ESLint's RuleTester cases: the bad one gives
// exactly the findings it states (flagged text, severity, fixes), each fix removes its finding without
// a new warning or error in its place, and the good one stays clean.

const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));

// rules.md: "The prefix of an id gives its API category".
const categoryOfPrefix: Record<string, string> = {
  ton: 'tone',
  klar: 'readability',
  pd: 'personal-data',
  bild: 'personal-data',
  neutral: 'legal',
  legal: 'legal',
  a11y: 'accessibility',
  kanal: 'channel',
};

// Words that occur in any Swedish explanation of a rule, and letters no English text needs.
const swedish = /[åäöÅÄÖ]|\b(?:och|att|som|inte|är|för|med|till|det|en|ett|kan|mot|om|på|du|vi|eller|ska)\b/u;
// An internal file name ("channels.md", "lists.ts") means nothing to a user.
const fileName = /\b[\w-]+\.(?:md|json|tsx?|js|txt|csv)\b/u;

const lintExample = (example: RuleExample, text: string) =>
  defaultLinter.lintPost({ text, channels: example.channels ?? [], media: example.media ?? [] }).messages;

/** A finding as an example states it: fixes and channel only when there are any. */
const asStated = (message: LintMessage): ExpectedFinding => ({
  actual: message.actual,
  severity: message.severity,
  ...(message.expected.length > 0 ? { expected: message.expected } : {}),
  ...(message.channel ? { channel: message.channel } : {}),
  ...(message.field ? { field: message.field } : {}),
});

const overlaps = (message: LintMessage, start: number, end: number) =>
  !message.field && (message.start < end || (message.start === end && start === end)) && message.end > start - (start === end ? 1 : 0);

test('rule ids are unique', () => {
  const ids = registry.map((rule) => rule.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(registry.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const { meta } = rule;

  test('lives in the folder named by its id, and its category follows the id (rules.md)', async () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    expect(existsSync(`${rulesDir}${id}/index.ts`)).toBe(true);
    const module = (await import(`../../rules/${id}/index.ts`)) as { default: unknown };
    expect(module.default).toBe(rule);
    expect(meta.category).toBe(categoryOfPrefix[id.split('-')[0]!]);
  });

  test('has a Swedish title and explanation and a basis, none naming an internal file', () => {
    expect(meta.title.trim()).toBe(meta.title);
    expect(meta.title.length).toBeLessThanOrEqual(60);
    expect(meta.description).toMatch(swedish);
    expect(meta.description.length).toBeGreaterThan(40);
    expect(meta.basis.length).toBeGreaterThan(0);
    for (const source of meta.basis) expect(source.trim().length).toBeGreaterThan(3);
    for (const text of [meta.title, meta.description, ...meta.basis, meta.guidelineRef ?? '']) expect(text).not.toMatch(fileName);
  });

  test("its options schema accepts the default profile's options and gives defaults for none", () => {
    const setting = alingsas.rules[id];
    expect(setting).toBeDefined();
    if (!meta.options) {
      expect(setting!.options).toEqual({});
      return;
    }
    expect(meta.options.safeParse({}).success).toBe(true);
    const parsed = meta.options.safeParse(setting!.options);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(setting!.options);
  });

  test('has at least one example, and every bad example states its findings', () => {
    expect(meta.examples.length).toBeGreaterThan(0);
    for (const example of meta.examples) {
      expect(example.findings, example.bad).toBeDefined();
      expect(example.findings!.length, example.bad).toBeGreaterThan(0);
    }
  });

  meta.examples.forEach((example, index) => {
    test(`bad example ${index + 1} gives exactly the findings it states`, () => {
      const own = lintExample(example, example.bad).filter((message) => message.ruleId === id);
      expect(own.map(asStated)).toEqual(example.findings ?? []);
      for (const message of own) {
        expect(message.message).toMatch(swedish);
        expect(message.message).not.toMatch(fileName);
      }
    });

    test(`each fix in bad example ${index + 1} removes its finding without a new one in its place`, () => {
      const before = lintExample(example, example.bad);
      for (const message of before.filter((message) => message.ruleId === id && !message.field)) {
        for (const replacement of message.expected) {
          const fixed = example.bad.slice(0, message.start) + replacement + example.bad.slice(message.end);
          const end = message.start + replacement.length;
          const after = lintExample(example, fixed).filter((other) => overlaps(other, message.start, end));
          const there = new Set(before.filter((other) => overlaps(other, message.start, message.end)).map((other) => other.ruleId));
          const label = `${JSON.stringify(message.actual)} → ${JSON.stringify(replacement)}`;
          expect(after.filter((other) => other.ruleId === id).map((other) => other.actual), label).toEqual([]);
          // Another rule's tip (info) may point at the new words; a new warning or error may not.
          const raised = after.filter((other) => other.severity !== 'info' && !there.has(other.ruleId));
          expect(raised.map((other) => `${other.ruleId}: ${other.actual}`), label).toEqual([]);
        }
      }
    });

    test(`leaves good example ${index + 1} alone`, () => {
      const ids = lintExample(example, example.good).map((message) => message.ruleId);
      expect(ids).not.toContain(id);
    });
  });
});
