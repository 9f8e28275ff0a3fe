/**
 * The words Postkoll shares between the rules, the server and the client, defined once: categories,
 * severities, LIX bands and channel units, with their Swedish labels. Plain data (no imports), so the
 * client bundles this very module; GET /api/rules serves it too, beside the catalog, for other clients.
 */

/** The guideline's chapters, in the order every list of rules follows. */
export const categories = ['tone', 'readability', 'personal-data', 'channel', 'accessibility', 'legal'] as const;
export type Category = (typeof categories)[number];

export const categoryLabels: Record<Category, string> = {
  tone: 'Ton och tilltal',
  readability: 'Klarspråk',
  'personal-data': 'Personuppgifter',
  channel: 'Kanaler',
  accessibility: 'Tillgänglighet',
  legal: 'Juridik och neutralitet',
};

/** A finding's severities, most serious first; a profile may also turn a rule "off". */
export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];
export type ProfileSeverity = Severity | 'off';

export const severityLabels: Record<ProfileSeverity, string> = { error: 'Fel', warning: 'Varning', info: 'Tips', off: 'Avstängd' };

/** What each severity asks of the writer (api.md), for tooltips and legends. */
export const severityMeanings: Record<ProfileSeverity, string> = {
  error: 'får inte publiceras så här',
  warning: 'bör ändras',
  info: 'värt att fundera på',
  off: 'kontrolleras inte i den här profilen',
};

export interface LixBand {
  label: string;
  /** Where the band ends; absent for the last band. */
  max?: number;
  /** Whether `max` itself is in the band. */
  inclusive?: boolean;
}

/**
 * Interpretation bands "from lix.se" (rules.md, klar-lix): < 30 mycket lättläst, 30–40 lättläst,
 * 40–50 medelsvår, 50–60 svår, > 60 mycket svår. So 60 is "svår" (the server said "mycket svår", the
 * client "svår": they differed at exactly 60); 30, 40 and 50 start their band, as both had it.
 */
export const lixBands: LixBand[] = [
  { label: 'mycket lättläst', max: 30 },
  { label: 'lättläst', max: 40 },
  { label: 'medelsvår', max: 50 },
  { label: 'svår', max: 60, inclusive: true },
  { label: 'mycket svår' },
];

export function lixBand(lix: number, bands: LixBand[] = lixBands): string {
  const band = bands.find(({ max, inclusive }) => max === undefined || lix < max || (inclusive === true && lix === max));
  return (band ?? bands[bands.length - 1]!).label;
}

/** How a channel counts length (channels.md). */
export const channelUnits = ['utf16', 'twitter', 'threads', 'graphemes', 'mastodon', 'utf8'] as const;
export type ChannelUnit = (typeof channelUnits)[number];

/** Swedish name of each counting unit, for messages and counters. */
export const unitLabels: Record<ChannelUnit, string> = {
  utf16: 'tecken',
  twitter: 'viktade tecken',
  threads: 'tecken',
  graphemes: 'tecken',
  mastodon: 'tecken',
  utf8: 'byte',
};

/** Everything above, as GET /api/rules serves it. */
export const vocabulary = { categories, categoryLabels, severities, severityLabels, severityMeanings, lixBands, channelUnits, unitLabels };
