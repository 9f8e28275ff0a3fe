import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';

export type Category = RuleInfo['category'];
export type Severity = LintMessage['severity'];
export type ProfileSeverity = RuleInfo['severity'];

/** The order the guideline's chapters come in; every list of rules follows it. */
export const categoryOrder: Category[] = ['tone', 'readability', 'personal-data', 'channel', 'accessibility', 'legal'];

export const categoryName: Record<Category, string> = {
  tone: 'Ton och tilltal',
  readability: 'Klarspråk',
  'personal-data': 'Personuppgifter',
  channel: 'Kanaler',
  accessibility: 'Tillgänglighet',
  legal: 'Juridik och neutralitet',
};

export const severityName: Record<ProfileSeverity, string> = {
  error: 'Fel',
  warning: 'Varning',
  info: 'Tips',
  off: 'Avstängd',
};

/** What each severity asks of the writer (api.md), for tooltips and legends. */
export const severityMeaning: Record<ProfileSeverity, string> = {
  error: 'får inte publiceras så här',
  warning: 'bör ändras',
  info: 'värt att fundera på',
  off: 'kontrolleras inte i den här profilen',
};

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
