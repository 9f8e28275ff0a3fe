import { useId, useState } from 'react';
import type { Decision as DecisionValue, DraftView } from '../../../rules/api/drafts.ts';
import { draftLimits } from '../../../rules/api/limits.ts';
import { formatTime } from './labels.ts';

const decisionName: Record<DecisionValue, string> = { approved: 'Godkänd', changes_requested: 'Ändringar begärda' };

/** The latest decision, shown to both links, with the deviations it accepted. */
export function LatestDecision({ view, ruleTitle }: { view: DraftView; ruleTitle: (id: string) => string }) {
  const last = view.decisions.at(-1);
  if (!last) return <p className="rv-hint">Inget beslut ännu.</p>;
  return (
    <div className={`rv-decision rv-decision-${last.decision}`}>
      <p>
        <strong>
          {decisionName[last.decision]} (version {last.version})
        </strong>{' '}
        – {last.authorName}, {formatTime(last.createdAt)}
      </p>
      {last.note && <p className="rv-decision-note">{last.note}</p>}
      {last.acceptedDeviations.length > 0 && (
        <p className="rv-decision-accepted">
          {last.decision === 'approved' ? 'Godkänd med' : 'Beslutet gällde med'} {last.acceptedDeviations.length === 1 ? 'en godtagen avvikelse' : `${last.acceptedDeviations.length} godtagna avvikelser`}:{' '}
          {last.acceptedDeviations
            .map((id) => view.deviations.find((deviation) => deviation.id === id))
            .filter((deviation) => deviation !== undefined)
            .map((deviation) => `”${ruleTitle(deviation.ruleId)}”`)
            .join(', ')}
          .
        </p>
      )}
      {last.version !== view.latestVersion && <p className="rv-hint">Beslutet gällde version {last.version}. Version {view.latestVersion} väntar på granskning.</p>}
    </div>
  );
}

interface Props {
  view: DraftView;
  onDecide: (decision: DecisionValue, note: string) => Promise<boolean>;
}

/** Godkänn / Begär ändringar, for the review link. Always about the latest version. */
export function DecisionPanel({ view, onDecide }: Props) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const submit = async (decision: DecisionValue) => {
    if (busy) return;
    if (decision === 'changes_requested' && !note.trim()) {
      setProblem('Skriv vad som behöver ändras.');
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setProblem('');
    setBusy(true);
    const saved = await onDecide(decision, note);
    setBusy(false);
    if (saved) setNote('');
  };
  return (
    <form className="rv-decision-form" aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()}>
      <h3 id={`${id}-heading`}>Ditt beslut om version {view.latestVersion}</h3>
      <label htmlFor={`${id}-note`}>Anteckning (krävs när du begär ändringar)</label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={3}
        maxLength={draftLimits.noteLength}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="rv-field-error">
          {problem}
        </p>
      )}
      {/* aria-disabled, not disabled, while saving: a disabled button would drop the focus to the page. */}
      <div className="rv-button-row">
        <button type="button" id={`${id}-approved`} className="primary" aria-disabled={busy || undefined} onClick={() => submit('approved')}>
          Godkänn
        </button>
        <button type="button" id={`${id}-changes_requested`} aria-disabled={busy || undefined} onClick={() => submit('changes_requested')}>
          Begär ändringar
        </button>
      </div>
    </form>
  );
}
