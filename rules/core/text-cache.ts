import type { TextContext } from './context.ts';

/**
 * What rules derive from one text and share (numbers, addresses, word-list hits, the person analysis,
 * list candidates, the gates' vocabulary), kept in one object per text: a single WeakMap entry per
 * lint instead of one per helper, which matters for garbage collection at hundreds of lints a second.
 */
export interface TextCache {
  [key: string]: unknown;
}

const caches = new WeakMap<TextContext, TextCache>();

export function cacheOf(context: TextContext): TextCache {
  let cache = caches.get(context);
  if (!cache) {
    cache = {};
    caches.set(context, cache);
  }
  return cache;
}

/** The value under `key` for this text, computed once. */
export function cached<T>(context: TextContext, key: string, compute: () => T): T {
  const cache = cacheOf(context);
  if (!(key in cache)) cache[key] = compute();
  return cache[key] as T;
}
