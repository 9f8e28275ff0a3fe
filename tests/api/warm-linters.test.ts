/**
 * The warm-up a server process runs right after it starts listening (server/linters.ts): every rule's
 * examples linted once, one per turn of the event loop, so that requests (health included) are answered
 * between them instead of after the whole warm-up.
 */
import { describe, expect, test } from 'vitest';
import { createLinters, warmLinters } from '../../server/linters.ts';
import { registry } from '../../rules/registry.ts';

const linters = createLinters(undefined, 'alingsas');

describe('warmLinters', () => {
  test('lints every example, yielding to the event loop between them, and reports the time it took', async () => {
    const linter = linters.get(undefined);
    let lints = 0;
    const counting = { ...linters, get: () => ({ ...linter, lintPost: (post: Parameters<typeof linter.lintPost>[0]) => (lints++, linter.lintPost(post)) }) };
    // What another callback of the event loop saw, turn after turn, while the warm-up ran.
    const seen: number[] = [];
    const ms = await new Promise<number>((resolve) => {
      warmLinters(counting as typeof linters, resolve);
      const watch = () => {
        seen.push(lints);
        if (lints < registry.length) setImmediate(watch);
      };
      setImmediate(watch);
    });
    const examples = registry.reduce((sum, rule) => sum + rule.meta.examples.length * 2, 0);
    // Every bad and good example, then a few posts of a real post's length made of them.
    expect(lints).toBeGreaterThan(examples);
    expect(lints).toBeLessThanOrEqual(examples + 4);
    expect(ms).toBeGreaterThan(0);
    // Other callbacks ran while it worked: between one lint and the next, not only once it was done.
    expect(new Set(seen).size).toBeGreaterThan(registry.length / 2);
  });

  test('its stop ends it before the next example', async () => {
    const linter = linters.get(undefined);
    let lints = 0;
    const counting = { ...linters, get: () => ({ ...linter, lintPost: (post: Parameters<typeof linter.lintPost>[0]) => (lints++, linter.lintPost(post)) }) };
    let done = false;
    const stop = warmLinters(counting as typeof linters, () => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    stop();
    const after = lints;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(after).toBeGreaterThan(0);
    expect(lints).toBe(after);
    expect(done).toBe(false);
  });
});
