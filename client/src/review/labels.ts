import type { ActivityEntry, ReviewStatus, Role } from '../../../rules/api/drafts.ts';
import type { LintMessage } from '../../../rules/api/schemas.ts';
import { severityLabels } from '../../../rules/vocabulary.ts';

export const roleName: Record<Role, string> = { author: 'skribent', reviewer: 'granskare' };

export const statusName: Record<ReviewStatus, string> = {
  pending: 'Väntar på granskning',
  changes_requested: 'Ändringar begärda',
  approved: 'Godkänd',
};

export const severityName: Record<LintMessage['severity'], string> = severityLabels;

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' });

export const formatTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => dateOnly.format(new Date(iso));

/** What happened, in words, for the activity log. */
export function actionText(entry: ActivityEntry, ruleTitle: (id: string) => string): string {
  switch (entry.action) {
    case 'created':
      return `skickade version ${entry.version} för granskning`;
    case 'version_saved':
      return `sparade version ${entry.version}`;
    case 'commented':
      return `kommenterade version ${entry.version}`;
    case 'deviation_accepted':
      return `godtog en avvikelse från regeln ”${ruleTitle(entry.ruleId ?? '')}” i version ${entry.version}`;
    case 'approved':
      return `godkände version ${entry.version}`;
    case 'changes_requested':
      return `begärde ändringar i version ${entry.version}`;
  }
}

/** "Bild 1" for "media[0].altText". */
export function fieldName(field: string | undefined): string | undefined {
  const index = field ? /^media\[(\d+)\]/.exec(field)?.[1] : undefined;
  return index === undefined ? undefined : `alternativtexten till bild eller film ${Number(index) + 1}`;
}

/** A short quote of a passage for lists. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
