import { WidgetType } from '@codemirror/view';
import type { LintMessage } from '../../../rules/api/schemas.ts';
import { severityLabel } from './labels.ts';

/**
 * Findings that flag everything after a limit (the channel's length, its recommended length, the fold):
 * an underline over hundreds of characters says nothing the marker at the limit does not, and makes the
 * whole post look wrong. They are shown as a marker where the limit is passed.
 */
const limitRules = new Set(['kanal-langd', 'kanal-rekommenderad-langd', 'kanal-vikning']);

export const isLimitFinding = (finding: { message: Pick<LintMessage, 'ruleId'>; from: number; to: number }) => limitRules.has(finding.message.ruleId) && finding.from < finding.to;

/** The marker: a short bar in the severity's colour and style, with the channel's name for sighted users. */
export class LimitMarker extends WidgetType {
  constructor(
    readonly severity: LintMessage['severity'],
    readonly label: string,
    readonly active: boolean,
  ) {
    super();
  }

  eq(other: LimitMarker) {
    return other.severity === this.severity && other.label === this.label && other.active === this.active;
  }

  toDOM() {
    const marker = document.createElement('span');
    marker.className = `cm-limit-marker cm-limit-${this.severity}${this.active ? ' cm-finding-active' : ''}`;
    // The findings list and the card say it in words; the marker is only a visual pointer.
    marker.setAttribute('aria-hidden', 'true');
    marker.title = `${severityLabel[this.severity]}: ${this.label}`;
    marker.textContent = this.label;
    return marker;
  }

  ignoreEvent() {
    return false;
  }
}
