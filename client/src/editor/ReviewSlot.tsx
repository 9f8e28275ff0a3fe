import type { EditorSlotProps } from './slots.ts';
import { SendForReview } from '../review/SendForReview.tsx';

/**
 * SLOT: "Skicka för granskning" (the review workflow, design.md "The editor's review").
 * The editor page renders this in its action bar, right after "Kopiera texten" and "Rensa".
 */
export function ReviewSlot({ draft, retentionDays }: EditorSlotProps) {
  return (
    <SendForReview
      text={draft.text}
      channels={draft.channels}
      media={draft.media}
      {...(draft.profile ? { profile: draft.profile } : {})}
      {...(retentionDays ? { retentionDays } : {})}
    />
  );
}
