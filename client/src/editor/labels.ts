import type { LintMessage } from '../../../rules/api/schemas.ts';
import { categories as vocabularyCategories, categoryLabels, lixBand, severityLabels, unitLabels } from '../../../rules/vocabulary.ts';

export type Severity = LintMessage['severity'];
export type Category = LintMessage['category'];

/** Category order and Swedish names, as the side panel shows them (from rules/vocabulary.ts). */
export const categories: Array<{ id: Category; name: string }> = vocabularyCategories.map((id) => ({ id, name: categoryLabels[id] }));

export const categoryName = (id: Category) => categoryLabels[id] ?? id;

export const severityLabel: Record<Severity, string> = severityLabels;

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Severity icons as SVG (shape tells them apart, not only colour): an octagon with a cross for
 * errors, a triangle with "!" for warnings, a circle with "i" for tips.
 */
const iconPaths: Record<Severity, string> = {
  error: 'M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z M5.3 5.3l5.4 5.4 M10.7 5.3l-5.4 5.4',
  warning: 'M8 1.2 15.2 14.3H.8z M8 5.6v4.4 M8 11.6v1.1',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z M8 7v5 M8 4.2v1.2',
};

export function severityIconSvg(severity: Severity): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `severity-icon severity-${severity}`);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', iconPaths[severity]);
  svg.append(path);
  return svg;
}

export const severityIconPath = (severity: Severity) => iconPaths[severity];

/** LIX band in words (läsbarhetsindex). */
export { lixBand };

export const formatNumber = (value: number) => value.toLocaleString('sv-SE');

/** "Bild 2" / "Film 1" for a media entry, numbered by its place in the list. */
export const mediaName = (type: 'image' | 'video', index: number) => `${type === 'video' ? 'Film' : 'Bild'} ${index + 1}`;

/** Swedish name of a channel's counting unit. */
export const unitLabel: Record<string, string> = unitLabels;
