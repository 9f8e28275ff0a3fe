import { ApiFailure, lint } from '../api/client.ts';
import type { LintRequest, LintResponse, RuleInfo } from '../../../rules/api/schemas.ts';

export type Example = RuleInfo['examples'][number];
export type Version = 'bad' | 'good';

/**
 * The lint request for one version of a catalog example: its own channels (none when it names none,
 * exactly as the rule tests lint it) and its media.
 */
export function exampleRequest(example: Example, version: Version): LintRequest {
  return { text: example[version], channels: example.channels ?? [], ...(example.media ? { media: example.media } : {}) };
}

// Few at a time and each text only once: the gallery may hold hundreds of examples and the server
// allows a limited number of calls per minute.
const concurrency = 3;
const cache = new Map<string, Promise<LintResponse>>();
const waiting: Array<() => void> = [];
let running = 0;

function acquire(urgent: boolean): Promise<void> {
  if (running < concurrency) {
    running += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const start = () => {
      running += 1;
      resolve();
    };
    if (urgent) waiting.unshift(start);
    else waiting.push(start);
  });
}

function release() {
  running -= 1;
  waiting.shift()?.();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lintWithRetry(input: LintRequest, urgent: boolean): Promise<LintResponse> {
  for (let attempt = 0; ; attempt += 1) {
    await acquire(urgent);
    try {
      return await lint(input);
    } catch (error) {
      // Too many calls: wait and try again rather than show an error for a catalog example.
      if (!(error instanceof ApiFailure && error.status === 429) || attempt >= 3) throw error;
    } finally {
      release();
    }
    await pause(5_000 * (attempt + 1));
  }
}

/** Lints a text once per page load; later callers share the answer. `urgent` jumps the queue. */
export function lintOnce(input: LintRequest, urgent = false): Promise<LintResponse> {
  const key = JSON.stringify(input);
  let answer = cache.get(key);
  if (!answer) {
    answer = lintWithRetry(input, urgent);
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
  }
  return answer;
}
