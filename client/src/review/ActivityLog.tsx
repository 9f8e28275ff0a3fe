import type { DraftView } from '../../../rules/api/drafts.ts';
import { actionText, formatTime, roleName } from './labels.ts';

/** Who did what and when, by the names they typed. */
export function ActivityLog({ view, ruleTitle }: { view: DraftView; ruleTitle: (id: string) => string }) {
  return (
    <section className="rv-review-panel" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Aktivitetslogg</h2>
      <ol className="rv-activity-list">
        {view.activity.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatTime(entry.at)}</time>: <strong>{entry.name}</strong> ({roleName[entry.role]}) {actionText(entry, ruleTitle)}.
          </li>
        ))}
      </ol>
      <p className="rv-hint">
        Utkastet raderas automatiskt {view.retentionDays} dagar efter senaste aktivitet, alltså {formatTime(view.expiresAt)} om inget mer händer.
      </p>
    </section>
  );
}
