import type { MediaItem } from '../core/types.ts';
// Transitional path: the person model is moving to rules/analysis/people/ (the people work).
import type { PeopleAnalysis, PersonName } from './people/index.ts';

/**
 * The names of children next to an image, for bild-barn-namn and bild-personer-samtycke (which leaves these names
 * to bild-barn-namn: one finding, one rule).
 * - An item with showsChildren: true → every first or full name in the post that is not an adult in a
 *   role (rektor, förskollärare, "kontakta Anna"), a colleague or a public role holder.
 * - Otherwise child words in the post → the names in the same sentence as a child word, for items
 *   that do not say showsPeople/showsChildren: false.
 */
export function childNames(items: MediaItem[], people: PeopleAnalysis): { names: PersonName[]; items: MediaItem[] } {
  const visible = items.filter((item) => item.showsPeople !== false && item.showsChildren !== false);
  if (visible.length === 0) return { names: [], items: [] };
  const candidates = people.names.filter((name) => !name.staff && !name.colleague && !name.publicRole);
  if (candidates.length === 0) return { names: [], items: [] };
  const flagged = visible.filter((item) => item.showsChildren === true);
  if (flagged.length > 0) return { names: candidates, items: flagged };
  const segments = new Set(people.children().filter((term) => term.tier !== 'place').map((term) => term.segment));
  const names = candidates.filter((name) => segments.has(name.segment));
  return { names, items: names.length > 0 ? visible : [] };
}
