import { useId, useState } from 'react';
import type { DraftDeviation, DraftFinding, DraftView } from '../../../rules/api/drafts.ts';
import { draftLimits } from '../../../rules/api/limits.ts';
import { SeverityMark } from './SeverityMark.tsx';
import { useVersionText } from './versionTexts.ts';
import { excerpt, fieldName, formatTime } from './labels.ts';

interface Props {
  view: DraftView;
  ruleTitle: (id: string) => string;
  /** The part of the guideline a rule serves, as the draft's profile cites it. */
  guidelineRef: (id: string) => string | undefined;
  channelName: (id: string) => string;
  /** Accepts the finding as a deviation; resolves true when saved. */
  onAccept?: (finding: DraftFinding, justification: string) => Promise<boolean>;
  onShow: (range: { start: number; end: number }) => void;
}

/** The element id of the n-th finding still standing, for links to it (the ready-to-publish summary). */
export const findingElementId = (index: number) => `rv-finding-${index}`;

const findingKey = (finding: DraftFinding) => `${finding.ruleId}|${finding.channel ?? ''}|${finding.field ?? ''}|${finding.start}|${finding.end}`;

/** The justification form for accepting a finding as a deviation. */
export function AcceptForm({
  id: formId,
  finding,
  onAccept,
  onClose,
}: {
  id: string;
  finding: DraftFinding;
  onAccept: NonNullable<Props['onAccept']>;
  onClose: (saved: boolean) => void;
}) {
  const id = useId();
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      id={formId}
      aria-label="Godta som avvikelse"
      className="rv-inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const saved = await onAccept(finding, justification);
        setBusy(false);
        if (saved) onClose(true);
      }}
    >
      <label htmlFor={`${id}-why`}>Motivering till avvikelsen</label>
      <p id={`${id}-hint`} className="rv-hint">
        Varför är det rätt att avvika från riktlinjen här? Motiveringen visas för alla och gäller bara det här utkastet.
      </p>
      <textarea
        id={`${id}-why`}
        aria-describedby={`${id}-hint`}
        value={justification}
        maxLength={draftLimits.justificationLength}
        required
        rows={3}
        autoFocus
        onChange={(event) => setJustification(event.target.value)}
      />
      <div className="rv-button-row">
        <button type="submit" className="primary" disabled={busy}>
          Godta avvikelsen
        </button>
        <button type="button" onClick={() => onClose(false)}>
          Avbryt
        </button>
      </div>
    </form>
  );
}

function Where({ finding, channelName }: { finding: DraftFinding; channelName: Props['channelName'] }) {
  const parts = [
    finding.actual ? `”${excerpt(finding.actual, 80)}”` : 'Gäller hela inlägget',
    finding.channel ? `i ${channelName(finding.channel)}` : undefined,
    fieldName(finding.field) ? `i ${fieldName(finding.field)}` : undefined,
    finding.period ? `enligt perioden ”${finding.period}”` : undefined,
  ].filter(Boolean);
  return <p className="rv-finding-where">{parts.join(' · ')}</p>;
}

function DeviationItem({ deviation, view, ruleTitle }: { deviation: DraftDeviation; view: DraftView; ruleTitle: Props['ruleTitle'] }) {
  const text = useVersionText(view, deviation.version) ?? '';
  const passage = deviation.field ? '' : text.slice(deviation.start, deviation.end);
  const active = deviation.anchor.version === view.latestVersion;
  return (
    <li className="rv-deviation">
      <p className="rv-deviation-title">
        <strong>{ruleTitle(deviation.ruleId)}</strong>
        {passage && <> – ”{excerpt(passage, 80)}”</>}
        {fieldName(deviation.field) && <> – i {fieldName(deviation.field)}</>}
      </p>
      <p className="rv-deviation-why">Motivering: {deviation.justification}</p>
      <p className="rv-meta">
        Godtagen av {deviation.authorName} för version {deviation.version}, {formatTime(deviation.createdAt)}.{' '}
        {active
          ? view.latestVersion > deviation.version
            ? `Stycket är oförändrat, så avvikelsen gäller även version ${view.latestVersion}.`
            : ''
          : `Stycket har ändrats sedan dess, så avvikelsen gäller inte version ${view.latestVersion}.`}
      </p>
    </li>
  );
}

/** Live findings of the latest version; accepted deviations are listed apart and silence their finding. */
export function Findings({ view, ruleTitle, guidelineRef, channelName, onAccept, onShow }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const active = view.findings.messages.filter((finding) => finding.deviationId === undefined);
  const silenced = view.findings.messages.length - active.length;
  return (
    <section className="rv-review-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Anmärkningar i version {view.findings.version}</h2>
      <p className="rv-hint">
        Granskad nu mot kommunens riktlinje.{' '}
        {active.length === 0 ? 'Inga anmärkningar.' : `${active.length} ${active.length === 1 ? 'anmärkning' : 'anmärkningar'}.`}
        {silenced > 0 && ` ${silenced} ${silenced === 1 ? 'anmärkning är godtagen' : 'anmärkningar är godtagna'} som avvikelse.`}
      </p>
      {active.length > 0 && (
        <ul className="rv-finding-list">
          {active.map((finding, index) => {
            const key = findingKey(finding);
            return (
              <li key={key} id={findingElementId(index)} tabIndex={-1} className={`rv-finding rv-finding-${finding.severity}`}>
                <p className="rv-finding-message">
                  <SeverityMark severity={finding.severity} /> {finding.message}
                </p>
                <Where finding={finding} channelName={channelName} />
                {guidelineRef(finding.ruleId) && (
                  <p className="rv-finding-guideline">
                    <strong>Riktlinjen: </strong>
                    {guidelineRef(finding.ruleId)}
                  </p>
                )}
                <div className="rv-button-row">
                  {!finding.field && finding.start < finding.end && (
                    <button type="button" onClick={() => onShow(finding)}>
                      Visa i texten
                    </button>
                  )}
                  <a href={`/regler/${finding.ruleId}`}>Om regeln ”{ruleTitle(finding.ruleId)}”</a>
                  {onAccept && (
                    <button
                      type="button"
                      id={`accept-${index}`}
                      aria-expanded={open === key}
                      aria-controls={open === key ? `accept-form-${index}` : undefined}
                      onClick={() => setOpen(open === key ? null : key)}
                    >
                      Godta som avvikelse
                    </button>
                  )}
                </div>
                {onAccept && open === key && (
                  <AcceptForm
                    id={`accept-form-${index}`}
                    finding={finding}
                    onAccept={onAccept}
                    onClose={(saved) => {
                      setOpen(null);
                      // The accepted finding leaves this list: continue at the list of deviations.
                      requestAnimationFrame(() => document.getElementById(saved ? 'deviations-heading' : `accept-${index}`)?.focus());
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3 id="deviations-heading" tabIndex={-1}>
        Godtagna avvikelser
      </h3>
      {view.deviations.length === 0 ? (
        <p className="rv-hint">Inga avvikelser är godtagna.</p>
      ) : (
        <ul className="rv-deviation-list">
          {view.deviations.map((deviation) => (
            <DeviationItem key={deviation.id} deviation={deviation} view={view} ruleTitle={ruleTitle} />
          ))}
        </ul>
      )}
    </section>
  );
}
