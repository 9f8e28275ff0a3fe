import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { LintMessage, LintResponse } from '../../../rules/api/schemas.ts';
import { ApiFailure, lint } from '../api/client.ts';
import { toApiMedia, type MediaDraft } from './draft-store.ts';
import { ignoreKey, type PlacedFinding } from './findings.ts';
import type { EditorHandle } from './PostEditor.tsx';

/** Requests go out this long after the last change (design.md: about 250 ms). */
export const lintDelay = 250;

/** A finding about one media entry: its alt text (with offsets into it) or the entry as a whole. */
export interface MediaFinding {
  id: string;
  key: string;
  mediaId: string;
  /** True for findings about the alt text, whose offsets point into it. */
  altText: boolean;
  message: LintMessage;
}

export interface LintResult {
  stats: LintResponse['stats'] | null;
  /** The post text that `stats` and the media findings were computed for. */
  lintedText: string | null;
  mediaFindings: MediaFinding[];
  error: ApiFailure | null;
  pending: boolean;
  /** `inputKey` of what the shown answer was computed for; null before the first answer. */
  lintedKey: string | null;
}

/** Identifies one lint input (text, channels, media), to tell whether an answer is current. */
export const inputKey = (input: { text: string; channels: string[] | null; media: MediaDraft[]; profile?: string | undefined }) =>
  JSON.stringify([input.text, input.channels, input.media.map(toApiMedia), input.profile ?? null]);

const mediaField = /^media\[(\d+)\](\.altText)?/;

interface LintInput {
  text: string;
  channels: string[] | null;
  media: MediaDraft[];
  /** The guideline profile; absent: the server's default. */
  profile?: string | undefined;
  /** Bumps when the text was replaced from outside: answers for the old text are dropped. */
  revision: number;
}

/**
 * The lint loop: debounced, one request at a time (a newer one aborts the older), answers for an
 * older request dropped, and the post's findings handed to the editor with the edits made since
 * the request went out, so they are mapped onto the text as it is now.
 */
export function useLint(input: LintInput, editor: RefObject<EditorHandle | null>) {
  const [result, setResult] = useState<LintResult>({ stats: null, lintedText: null, mediaFindings: [], error: null, pending: false, lintedKey: null });
  const [retry, setRetry] = useState(0);
  const sequence = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(input);
  latest.current = input;

  const send = useCallback(() => {
    const handle = editor.current;
    if (!handle) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const mine = ++sequence.current;
    const { text, tracker } = handle.beginRequest();
    const { channels, media, profile } = latest.current;
    const mediaIds = media.map((item) => item.id);
    const key = inputKey({ text, channels, media, profile });
    setResult((previous) => ({ ...previous, pending: true }));
    lint({ text, ...(channels ? { channels } : {}), ...(media.length > 0 ? { media: media.map(toApiMedia) } : {}), ...(profile ? { profile } : {}) }, abort.signal)
      .then((response) => {
        if (mine !== sequence.current) return; // an answer for an older text
        const post: PlacedFinding[] = [];
        const mediaFindings: MediaFinding[] = [];
        response.messages.forEach((message, index) => {
          const id = `${mine}-${index}`;
          const field = message.field ? mediaField.exec(message.field) : null;
          const mediaId = field ? mediaIds[Number(field[1])] : undefined;
          if (field && mediaId) {
            mediaFindings.push({ id, key: ignoreKey(message, `media:${mediaId}`), mediaId, altText: Boolean(field[2]), message });
          } else if (!message.field) {
            post.push({ id, key: ignoreKey(message), message, from: message.start, to: message.end });
          }
        });
        handle.showFindings(post, tracker.changes);
        setResult({ stats: response.stats, lintedText: text, mediaFindings, error: null, pending: false, lintedKey: key });
      })
      .catch((error: unknown) => {
        if ((error as Error).name === 'AbortError' || mine !== sequence.current) return;
        const failure = error instanceof ApiFailure ? error : new ApiFailure('Något gick fel när texten skulle granskas. Din text finns kvar.', 0, 'unknown');
        setResult((previous) => ({ ...previous, error: failure, pending: false }));
      });
  }, [editor]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** (Re)starts the debounce. The editor calls it on every keystroke, before React renders. */
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(send, lintDelay);
  }, [send]);

  const channelsKey = input.channels?.join() ?? '';
  const mediaKey = JSON.stringify(input.media);
  useEffect(() => {
    schedule();
  }, [channelsKey, mediaKey, input.profile, retry, input.revision, schedule]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A replaced text: whatever is in flight belongs to the old one.
  useEffect(() => {
    sequence.current += 1;
    controller.current?.abort();
  }, [input.revision]);

  useEffect(() => () => controller.current?.abort(), []);

  return { ...result, schedule, retry: () => setRetry((value) => value + 1) };
}
