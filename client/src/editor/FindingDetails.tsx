import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import { categoryName, severityLabel } from './labels.ts';
import { SeverityIcon } from './SeverityIcon.tsx';

interface FindingDetailsProps {
  message: LintMessage;
  rule: RuleInfo | undefined;
  channelName?: string;
  /** Without it no fix buttons are shown (e.g. a finding about a media entry as a whole). */
  onFix?(replacement: string): void;
  onIgnore(reason: string): void;
}

/** A finding with its why, its fixes, "Ignorera" and a link to the rule (used under alt-text fields). */
export function FindingDetails({ message, rule, channelName, onFix, onIgnore }: FindingDetailsProps) {
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <div className={`finding-details severity-border-${message.severity}`}>
      <p className={`finding-head severity-${message.severity}`}>
        <SeverityIcon severity={message.severity} />
        <span className="finding-severity">{severityLabel[message.severity]}</span>
        <span className="finding-where">
          {' '}
          · {categoryName(message.category)}
          {channelName ? ` · ${channelName}` : ''}
        </span>
      </p>
      <p className="finding-message">{message.message}</p>
      {rule && (
        <details className="finding-why-details">
          <summary>Varför?</summary>
          <p className="finding-why">{rule.description}</p>
          {rule.basis.length > 0 && (
            <p className="finding-basis">
              <strong>Grund: </strong>
              {rule.basis.join('; ')}
            </p>
          )}
          {rule.guidelineRef && (
            <p className="finding-basis">
              <strong>Riktlinjen: </strong>
              {rule.guidelineRef}
            </p>
          )}
        </details>
      )}
      <div className="finding-actions">
        {onFix &&
          message.expected.map((replacement) => (
          <button key={replacement} type="button" className="fix-button" onClick={() => onFix(replacement)}>
            {replacement === '' ? 'Ta bort' : `Ersätt med ”${replacement}”`}
          </button>
        ))}
        <button type="button" aria-expanded={ignoring} onClick={() => setIgnoring((value) => !value)}>
          Ignorera…
        </button>
        <Link to={message.url} aria-label={`Om regeln: ${rule?.title ?? message.ruleId}`}>
          Om regeln
        </Link>
      </div>
      {ignoring && (
        <form
          className="ignore-form"
          onSubmit={(event) => {
            event.preventDefault();
            onIgnore(reason.trim());
          }}
        >
          <label htmlFor={reasonId}>Anledning (valfritt)</label>
          <input id={reasonId} type="text" maxLength={300} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
          <button type="submit" className="primary">
            Ignorera
          </button>
          <button type="button" onClick={() => setIgnoring(false)}>
            Avbryt
          </button>
        </form>
      )}
    </div>
  );
}
