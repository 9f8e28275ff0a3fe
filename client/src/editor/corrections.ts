import { request } from '../api/client.ts';

/** The spelling rule whose findings get corrections from the suggestions service. */
export const spellingRuleId = 'klar-stavning';

/** At most this many corrections become one-click fixes. */
export const maxCorrections = 3;

// One request per word per page load, shared by every card that asks; a failure is forgotten, so the
// next card asks again.
const cache = new Map<string, Promise<string[]>>();

/**
 * Spelling corrections for a word, fetched lazily when a card first needs them. A POST, so that the
 * word, which comes from the draft, never travels in a URL.
 */
export function correctionsFor(word: string): Promise<string[]> {
  let answer = cache.get(word);
  if (!answer) {
    answer = request<{ suggestions: string[] }>('/api/suggestions', { method: 'POST', json: { word } })
      .then((body) => body.suggestions.filter((suggestion) => suggestion !== word).slice(0, maxCorrections))
      .catch((error: unknown) => {
        cache.delete(word);
        throw error;
      });
    cache.set(word, answer);
  }
  return answer;
}
