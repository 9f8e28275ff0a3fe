import type { LintMessage } from '../../../rules/api/schemas.ts';
import { categories, severityLabel, severityRank, type Severity } from './labels.ts';
import { SeverityIcon } from './SeverityIcon.tsx';

/** One line of the side panel: a post finding or a finding about a media entry. */
export interface PanelEntry {
  id: string;
  message: LintMessage;
  /** "Bild 1, alternativtext" for findings that are not in the post text. */
  where?: string;
  channelName?: string;
}

interface FindingsPanelProps {
  entries: PanelEntry[];
  ignoredCount: number;
  checked: boolean;
  onChoose(entry: PanelEntry): void;
}

const plural: Record<Severity, [string, string]> = { error: ['fel', 'fel'], warning: ['varning', 'varningar'], info: ['tips', 'tips'] };

/** Every finding grouped by category, with counts and severity icons; choosing one goes there. */
export function FindingsPanel({ entries, ignoredCount, checked, onChoose }: FindingsPanelProps) {
  const counts = (['error', 'warning', 'info'] as const).map((severity) => ({ severity, count: entries.filter((entry) => entry.message.severity === severity).length }));
  return (
    <section className="findings-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        Anmärkningar <span className="heading-count">({entries.length})</span>
      </h2>
      {entries.length === 0 ? (
        <p className="clean">
          {checked ? (
            <>
              <span aria-hidden="true">✓ </span>Inga anmärkningar
            </>
          ) : (
            'Texten granskas …'
          )}
          {ignoredCount > 0 && <span className="hint"> ({ignoredCount} ignorerade)</span>}
        </p>
      ) : (
        <>
          <p className="findings-summary">
            {counts.map(({ severity, count }, index) => (
              <span key={severity} className={`summary-item severity-${severity}`}>
                {index > 0 && ', '}
                <SeverityIcon severity={severity} /> {count} {plural[severity][count === 1 ? 0 : 1]}
              </span>
            ))}
            {ignoredCount > 0 && <span className="hint"> · {ignoredCount} ignorerade</span>}
          </p>
          {categories.map((category) => {
            const list = entries
              .filter((entry) => entry.message.category === category.id)
              .sort((a, b) => severityRank[a.message.severity] - severityRank[b.message.severity]);
            if (list.length === 0) return null;
            return (
              <div key={category.id} className="finding-group">
                <h3>
                  {category.name} <span className="heading-count">({list.length})</span>
                </h3>
                <ul>
                  {list.map((entry) => (
                    <li key={entry.id}>
                      <button type="button" className={`finding-entry entry-${entry.message.severity}`} onClick={() => onChoose(entry)} data-rule={entry.message.ruleId}>
                        <span className={`entry-severity severity-${entry.message.severity}`}>
                          <SeverityIcon severity={entry.message.severity} />
                          {severityLabel[entry.message.severity]}
                        </span>
                        {(entry.where || entry.channelName) && <span className="entry-where">{[entry.where, entry.channelName].filter(Boolean).join(' · ')}</span>}
                        <span className="entry-message">{entry.message.message}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
