import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import { categories, categoryLabels, severityLabels, severityMeanings } from '../../../rules/vocabulary.ts';

export type Category = RuleInfo['category'];
export type Severity = LintMessage['severity'];
export type ProfileSeverity = RuleInfo['severity'];

/** The order the guideline's chapters come in; every list of rules follows it. */
export const categoryOrder: Category[] = [...categories];

export const categoryName: Record<Category, string> = categoryLabels;

export const severityName: Record<ProfileSeverity, string> = severityLabels;

/** What each severity asks of the writer (api.md), for tooltips and legends. */
export const severityMeaning: Record<ProfileSeverity, string> = severityMeanings;

/** Groups rules by category in the guideline's order, keeping the registry's order inside each group. */
export function byCategory<T extends { category: Category }>(items: T[]): Array<{ category: Category; items: T[] }> {
  return categoryOrder
    .map((category) => ({ category, items: items.filter((item) => item.category === category) }))
    .filter((group) => group.items.length > 0);
}

/** "1 markering", "3 markeringar". */
export const countFindings = (count: number) => (count === 1 ? '1 markering' : `${count} markeringar`);

/** Where a finding sits, in words, when it is not a passage of the post text. */
export function placeOf(message: Pick<LintMessage, 'field' | 'start' | 'end'>): string | undefined {
  const media = message.field ? /^media\[(\d+)\]\.altText$/.exec(message.field) : null;
  if (media) return `i alternativtexten till bild ${Number(media[1]) + 1}`;
  if (message.field) return `i fältet ${message.field}`;
  if (message.start === message.end) return 'gäller hela texten';
  return undefined;
}
