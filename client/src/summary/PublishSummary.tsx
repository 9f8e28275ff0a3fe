import { useId } from 'react';
import { readinessOf, type SummaryFinding } from './readiness.ts';
import './summary.css';

interface Props {
  channels: ReadonlyArray<{ id: string; name: string }>;
  /** The findings that stand: not ignored in the editor, not accepted as deviations in a review. */
  findings: readonly SummaryFinding[];
  /** True while a check of the current text is still on its way: nothing is "ready" until it is back. */
  pending: boolean;
  /** Opens a finding where the page shows it (the card in the editor, the list in a review). */
  onOpen: (id: string) => void;
  /** What the summary is about, e.g. "version 2"; the editor's text when absent. */
  subject?: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function FindingLinks({ findings, onOpen, channelCount, blocks }: { findings: SummaryFinding[]; onOpen: Props['onOpen']; channelCount: number; blocks: Map<string, string[]> }) {
  return (
    <ul className="summary-findings">
      {findings.map((finding) => {
        const where = blocks.get(finding.id) ?? [];
        return (
          <li key={finding.id}>
            <button type="button" className="link-button" onClick={() => onOpen(finding.id)}>
              {finding.message.message}
            </button>
            {channelCount > 1 && where.length > 0 && where.length < channelCount && <span className="summary-where"> – gäller {where.join(', ')}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Kan jag publicera det här nu?": per chosen channel ready or not, the errors that block it and the
 * warnings worth a look, each opening its finding. Shown at the top of the editor and the review page.
 * While a check is on its way the last answer's lists stay (typing does not make the page jump), but
 * nothing is called ready. No live region: the verdict would be read out after every keystroke.
 */
export function PublishSummary({ channels, findings, pending, onOpen, subject }: Props) {
  const id = useId();
  const readiness = readinessOf(channels, findings);
  const errors = findings.filter((finding) => finding.message.severity === 'error' && readiness.some((channel) => channel.errors.includes(finding)));
  const warnings = findings.filter((finding) => finding.message.severity === 'warning' && readiness.some((channel) => channel.warnings.includes(finding)));
  const channelsOf = new Map<string, string[]>();
  for (const channel of readiness) for (const finding of [...channel.errors, ...channel.warnings]) channelsOf.set(finding.id, [...(channelsOf.get(finding.id) ?? []), channel.name]);
  const allReady = !pending && channels.length > 0 && readiness.every((channel) => channel.ready);

  let verdict: string;
  if (channels.length === 0) verdict = 'Välj minst en kanal för att se om inlägget är klart.';
  else if (pending) verdict = 'Granskar texten …';
  else if (allReady) verdict = 'Klar att publicera';
  else verdict = `Inte klar att publicera: ${count(errors.length, 'fel', 'fel')} måste åtgärdas först.`;

  return (
    <section className={`publish-summary ${allReady ? 'summary-ready' : pending ? 'summary-pending' : 'summary-blocked'}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Klar att publicera?
      </h2>
      <p className="summary-verdict">
        <strong>{verdict}</strong>
        {subject && !pending && channels.length > 0 && <span className="summary-subject"> ({subject})</span>}
      </p>
      {channels.length > 0 && (
        <ul className="summary-channels" aria-label="Per kanal">
          {readiness.map((channel) => (
            <li key={channel.id} className={channel.ready ? 'channel-ready' : 'channel-blocked'} data-channel={channel.id}>
              <span className="summary-mark" aria-hidden="true">
                {channel.ready ? (pending ? '…' : '✓') : '✕'}
              </span>
              <strong>{channel.name}</strong>: {channel.ready ? (pending ? 'granskas' : 'klar') : `inte klar (${count(channel.errors.length, 'fel', 'fel')})`}
              {channel.warnings.length > 0 && `, ${count(channel.warnings.length, 'varning', 'varningar')} att titta på`}
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <div className="summary-group">
          <h3>Fel som stoppar publicering</h3>
          <FindingLinks findings={errors} onOpen={onOpen} channelCount={channels.length} blocks={channelsOf} />
        </div>
      )}
      {warnings.length > 0 && (
        <details className="summary-group">
          <summary>Värda en titt, men hindrar inte ({warnings.length})</summary>
          <FindingLinks findings={warnings} onOpen={onOpen} channelCount={channels.length} blocks={channelsOf} />
        </details>
      )}
    </section>
  );
}
