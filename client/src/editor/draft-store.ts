/**
 * The communicator's draft: text, channels, media and ignored findings.
 *
 * One small external store (no React context), so that any part of the client can read or set the
 * draft: the editor page, the review workflow ("Skicka för granskning") and the gallery ("Öva",
 * "Dela"). It lives in sessionStorage only; nothing here ever leaves the browser.
 *
 * For other helpers:
 * - `getDraftSnapshot()` / `useDraftSnapshot()`: the draft as the API wants it
 *   `{ text, channels, media }` (channels resolved to the profile's defaults, media in api.md shape).
 * - `loadDraft({ text, channels?, media? })`: put a text into the editor (replaces the draft, clears
 *   ignores). Call it, then navigate to `/`; the editor shows the new text at once.
 * - "Dela" links (`/#dela=…`, client/src/share/fragment.ts) are read by the editor page, which
 *   calls `loadDraft` with them and then removes the fragment.
 */
import { useSyncExternalStore } from 'react';
import type { LintRequest } from '../../../rules/api/schemas.ts';

export type MediaType = 'image' | 'video';

/** One image or video as the editor keeps it (flags are plain booleans for checkboxes). */
export interface MediaDraft {
  /** Stable within the draft; used for ignore keys and React keys, never sent. */
  id: string;
  type: MediaType;
  altText: string;
  credit: string;
  decorative: boolean;
  showsPeople: boolean;
  showsChildren: boolean;
  /** "samtycke finns": consent is documented. */
  consent: boolean;
  containsText: boolean;
  /** Video only: "tal". */
  hasSpeech: boolean;
  /** Video only: "textad". */
  captions: boolean;
}

/**
 * A finding the user chose to ignore in this draft. The key is
 * `ruleId | channel | field | actual` (see `ignoreKey`): it hides that rule's finding on that exact
 * passage wherever it stands in the text, so it stays hidden while the rest of the post is edited.
 */
export interface IgnoredFinding {
  key: string;
  ruleId: string;
  message: string;
  actual: string;
  channel?: string;
  /** "Bild 1" etc. when the finding is about an alt text. */
  where?: string;
  reason: string;
}

export interface Draft {
  text: string;
  /** null: the profile's default channels. */
  channels: string[] | null;
  media: MediaDraft[];
  ignored: IgnoredFinding[];
  /** The guideline profile chosen for this draft; absent: the server's default. */
  profile?: string;
}

/** What the API and the review workflow take: `POST /api/lint`, `POST /api/drafts`. */
export interface DraftSnapshot {
  text: string;
  channels: string[];
  media: NonNullable<LintRequest['media']>;
  /** Absent: the server's default profile. */
  profile?: string;
}

const storageKey = 'postkoll:utkast:v1';
export const fallbackChannels = ['facebook', 'instagram', 'linkedin'];
const emptyDraft: Draft = { text: '', channels: null, media: [], ignored: [] };

let defaultChannels = fallbackChannels;
let state: { draft: Draft; revision: number } = { draft: read(), revision: 0 };
const listeners = new Set<() => void>();

function read(): Draft {
  try {
    const raw = globalThis.sessionStorage?.getItem(storageKey);
    if (!raw) return emptyDraft;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    return {
      text: typeof parsed.text === 'string' ? parsed.text : '',
      channels: Array.isArray(parsed.channels) ? parsed.channels.filter((id) => typeof id === 'string') : null,
      media: Array.isArray(parsed.media) ? parsed.media.map((item) => ({ ...newMedia(item.type === 'video' ? 'video' : 'image'), ...item })) : [],
      ignored: Array.isArray(parsed.ignored) ? parsed.ignored.filter((item) => typeof item?.key === 'string') : [],
      ...(typeof parsed.profile === 'string' && parsed.profile ? { profile: parsed.profile } : {}),
    };
  } catch {
    return emptyDraft;
  }
}

function write(draft: Draft) {
  try {
    if (draft.text === '' && draft.media.length === 0 && draft.ignored.length === 0 && draft.channels === null && draft.profile === undefined) {
      globalThis.sessionStorage?.removeItem(storageKey);
    } else {
      globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(draft));
    }
  } catch {
    // Storage full or blocked: the draft still lives in the page.
  }
}

function commit(draft: Draft, replacesText: boolean) {
  state = { draft, revision: replacesText ? state.revision + 1 : state.revision };
  write(draft);
  for (const listener of listeners) listener();
}

export function subscribeDraft(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getDraft = (): Draft => state.draft;

/** Bumps whenever the text was replaced from outside the editor (load, clear): the editor then resets. */
export const getDraftRevision = (): number => state.revision;

export function useDraft(): Draft {
  return useSyncExternalStore(subscribeDraft, getDraft, getDraft);
}

export function useDraftRevision(): number {
  return useSyncExternalStore(subscribeDraft, getDraftRevision, getDraftRevision);
}

/** Changes part of the draft without touching the editor's text (channels, media, ignores). */
export function updateDraft(change: Partial<Omit<Draft, 'text'>> | ((draft: Draft) => Partial<Omit<Draft, 'text'>>)) {
  const patch = typeof change === 'function' ? change(state.draft) : change;
  commit({ ...state.draft, ...patch }, false);
}

/** The editor reports its text here on every change. */
export function setDraftText(text: string) {
  if (text === state.draft.text) return;
  commit({ ...state.draft, text }, false);
}

/**
 * Replaces the draft with a text from elsewhere (a shared link, an exercise). Ignores are cleared;
 * channels and media are kept unless given. Returns the previous draft so a caller can offer "Ångra".
 */
export function loadDraft(input: { text: string; channels?: string[] | null; media?: Array<Partial<MediaDraft> & { type?: MediaType }> }): Draft {
  const previous = state.draft;
  commit(
    {
      text: input.text,
      channels: input.channels === undefined ? previous.channels : input.channels,
      media: input.media ? input.media.map((item) => ({ ...newMedia(item.type ?? 'image'), ...item })) : previous.media,
      ignored: [],
      ...(previous.profile ? { profile: previous.profile } : {}),
    },
    true,
  );
  return previous;
}

/** Puts a whole earlier draft back (the "Ångra" after a load). */
export function restoreDraft(draft: Draft) {
  commit(draft, true);
}

/** "Rensa": text, channels, media and ignores all go. */
export function clearDraft() {
  commit(emptyDraft, true);
}

/** The profile's default channels, once the page has fetched them. */
export function setDefaultChannels(channels: string[]) {
  if (channels.length === 0 || channels.join() === defaultChannels.join()) return;
  defaultChannels = channels;
  for (const listener of listeners) listener();
}

export const resolveChannels = (draft: Draft): string[] => draft.channels ?? defaultChannels;

let mediaCounter = 0;
export function newMedia(type: MediaType): MediaDraft {
  mediaCounter += 1;
  return {
    id: `m${Date.now().toString(36)}${mediaCounter}`,
    type,
    altText: '',
    credit: '',
    decorative: false,
    showsPeople: false,
    showsChildren: false,
    consent: false,
    containsText: false,
    hasSpeech: false,
    captions: false,
  };
}

/** A media entry in the API's shape (api.md "media"): only what the user has said. */
export function toApiMedia(item: MediaDraft): DraftSnapshot['media'][number] {
  const people = item.showsPeople || item.showsChildren;
  return {
    type: item.type,
    ...(item.altText ? { altText: item.altText } : {}),
    ...(item.credit.trim() ? { credit: item.credit } : {}),
    ...(item.type === 'image' ? { decorative: item.decorative } : {}),
    showsPeople: item.showsPeople,
    showsChildren: item.showsChildren,
    containsText: item.containsText,
    ...(item.consent ? { consent: 'documented' as const } : people ? { consent: 'unknown' as const } : {}),
    ...(item.type === 'video' ? { hasSpeech: item.hasSpeech, captions: item.captions } : {}),
  };
}

export function toSnapshot(draft: Draft): DraftSnapshot {
  return { text: draft.text, channels: resolveChannels(draft), media: draft.media.map(toApiMedia), ...(draft.profile ? { profile: draft.profile } : {}) };
}

/** The current draft as `{ text, channels, media }`, e.g. for "Skicka för granskning". */
export const getDraftSnapshot = (): DraftSnapshot => toSnapshot(state.draft);

export function useDraftSnapshot(): DraftSnapshot {
  const draft = useDraft();
  return toSnapshot(draft);
}
