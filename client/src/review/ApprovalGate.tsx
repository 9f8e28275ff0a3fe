import { useState } from 'react';
import type { DraftFinding, DraftView } from '../../../rules/api/drafts.ts';
import { AcceptForm } from './Findings.tsx';
import { excerpt, fieldName } from './labels.ts';

// design.md: a version cannot be approved while an error in it is neither fixed nor accepted as a
// deviation. This box says what is left before "Godkänn" can succeed, with "Godta som avvikelse" for each.

interface Props {
  view: DraftView;
  ruleTitle: (id: string) => string;
  /** Present for the review link, which may accept deviations. */
  onAccept?: (finding: DraftFinding, justification: string) => Promise<boolean>;
}

export const gateHeadingId = 'approval-gate-heading';

const keyOf = (finding: DraftFinding) => `${finding.ruleId}|${finding.field ?? ''}|${finding.start}|${finding.end}|${finding.channel ?? ''}`;

/** The latest version's errors that no accepted deviation silences. */
export const blockingErrors = (view: DraftView) =>
  view.findings.version === view.latestVersion ? view.findings.messages.filter((finding) => finding.severity === 'error' && finding.deviationId === undefined) : [];

export function ApprovalGate({ view, ruleTitle, onAccept }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const blocking = blockingErrors(view);
  if (blocking.length === 0) return null;
  return (
    <div className="rv-gate" role="region" aria-labelledby={gateHeadingId}>
      <h3 id={gateHeadingId} tabIndex={-1}>
        Kvar innan version {view.latestVersion} kan godkännas
      </h3>
      <p className="rv-hint">
        {blocking.length === 1 ? 'Ett fel i texten är varken åtgärdat eller godtaget' : `${blocking.length} fel i texten är varken åtgärdade eller godtagna`} som
        avvikelse. Begär ändringar, eller godta felet som avvikelse med en motivering om det är rätt att publicera ändå. Varningar och tips hindrar inte ett
        godkännande.
      </p>
      <ul className="rv-gate-list">
        {blocking.map((finding, index) => {
          const key = keyOf(finding);
          const where = finding.actual ? `”${excerpt(finding.actual, 60)}”` : fieldName(finding.field) ? `i ${fieldName(finding.field)}` : 'hela inlägget';
          return (
            <li key={key}>
              <p>{finding.message}</p>
              <p className="rv-meta">
                Regel: {ruleTitle(finding.ruleId)} – {where}
              </p>
              {onAccept && (
                <button
                  type="button"
                  id={`gate-accept-${index}`}
                  aria-expanded={open === key}
                  aria-controls={open === key ? `gate-accept-form-${index}` : undefined}
                  onClick={() => setOpen(open === key ? null : key)}
                >
                  Godta som avvikelse
                </button>
              )}
              {onAccept && open === key && (
                <AcceptForm
                  id={`gate-accept-form-${index}`}
                  finding={finding}
                  onAccept={onAccept}
                  onClose={(saved) => {
                    setOpen(null);
                    // The accepted error leaves this list: continue at its heading (or the decision, when none is left).
                    requestAnimationFrame(() => (document.getElementById(saved ? gateHeadingId : `gate-accept-${index}`) ?? document.getElementById('decision-heading'))?.focus());
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
