import type { TextContext } from './context.ts';

/**
 * The value under `key` for this text, computed once. What rules derive from one text and share
 * (numbers, addresses, word-list hits, the person analysis, list candidates, the gates' vocabulary)
 * lives in one object on the text's context, `context.cache`. Not in a WeakMap keyed by the context:
 * V8's scavenger keeps an ephemeron's value alive, and the person analysis refers back to its
 * context, so every lint's tree and context survived into the old generation (measured: 48% of what a
 * lint allocated was promoted, a third of the lint's time in GC).
 */
export function cached<T>(context: TextContext, key: string, compute: () => T): T {
  const cache = context.cache;
  if (!(key in cache)) cache[key] = compute();
  return cache[key] as T;
}
