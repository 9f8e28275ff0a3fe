import type { LintMessage } from '../../../rules/api/schemas.ts';
import type { DraftSnapshot } from './draft-store.ts';

/** What the editor page hands to the slot the review workflow fills ("Skicka för granskning"). */
export interface EditorSlotProps {
  /** The draft as the API takes it: `{ text, channels, media }`. */
  draft: DraftSnapshot;
  /** Every finding the user sees now (post and alt texts, ignored ones left out). */
  findings: LintMessage[];
  /** True when `findings` were computed for exactly the current text, channels and media. */
  upToDate: boolean;
  /** Puts the keyboard focus back in the editor. */
  focusEditor(): void;
  /** Days a draft sent for review is kept after its last activity, when known. */
  retentionDays?: number;
}
