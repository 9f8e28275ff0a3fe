import type { EditorSlotProps } from './slots.ts';

/**
 * SLOT: an exercise's goal and progress ("Öva" in the gallery, design.md).
 *
 * The editor page renders this above the editor. Load the exercise text with `loadDraft()` from
 * ./draft-store.ts, then show the goal here and compare `props.findings` (with `props.upToDate`)
 * against the target rule.
 */
export function ExerciseSlot(_props: EditorSlotProps) {
  return null;
}
