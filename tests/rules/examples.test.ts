import { describe, expect, test } from 'vitest';
import { registry } from '../../rules/registry.ts';
import { defaultLinter } from '../support/linter.ts';

// Every rule's catalog examples are its first tests: the bad one fires, the good one does not.
describe.each(registry.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  test('has Swedish metadata and at least one example', () => {
    expect(rule.meta.title.length).toBeGreaterThan(3);
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.basis.length).toBeGreaterThan(0);
    expect(rule.meta.examples.length).toBeGreaterThan(0);
  });

  rule.meta.examples.forEach((example, index) => {
    const input = { channels: example.channels ?? [], media: example.media ?? [] };
    test(`flags bad example ${index + 1}`, () => {
      const ids = defaultLinter.lintPost({ text: example.bad, ...input }).messages.map((message) => message.ruleId);
      expect(ids).toContain(id);
    });
    test(`leaves good example ${index + 1} alone`, () => {
      const ids = defaultLinter.lintPost({ text: example.good, ...input }).messages.map((message) => message.ruleId);
      expect(ids).not.toContain(id);
    });
  });
});
