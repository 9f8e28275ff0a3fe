import type { EditorSlotProps } from './slots.ts';

/**
 * SLOT: "Skicka för granskning" (the review workflow, design.md "The editor's review").
 *
 * The editor page renders this in its action bar, right after "Kopiera texten" and "Rensa".
 * Replace the body with the review button and its dialog; `props.draft` is the current
 * `{ text, channels, media }` for `POST /api/drafts`. Outside React, use `getDraftSnapshot()`
 * from ./draft-store.ts.
 */
export function ReviewSlot(_props: EditorSlotProps) {
  return null;
}
