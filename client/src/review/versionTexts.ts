import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { DraftView } from '../../../rules/api/drafts.ts';
import { getVersion } from '../api/drafts.ts';

/**
 * Older versions' texts, fetched when a comment, deviation or comparison needs one: the draft's GET
 * carries only the latest text. Versions never change, so each is fetched once per link and page load.
 */
const texts = new Map<string, Map<number, string>>();
const loading = new Map<string, Promise<void>>();

function load(token: string, number: number): Promise<void> {
  const key = `${number}:${token}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = getVersion(token, number).then(
      (version) => void textsOf(token).set(number, version.text),
      (error: unknown) => {
        // A later render may try again (e.g. after a network hiccup).
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

function textsOf(token: string) {
  let known = texts.get(token);
  if (!known) texts.set(token, (known = new Map()));
  return known;
}

/** The text of one version of the draft on this review page: at once when known, else undefined until fetched. */
export function useVersionText(view: DraftView, number: number): string | undefined {
  const { token = '' } = useParams();
  const [, loaded] = useState(0);
  const known = number === view.latest.number ? view.latest.text : texts.get(token)?.get(number);
  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    load(token, number).then(
      () => live && loaded((count) => count + 1),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [token, number, known]);
  return known;
}
