import type { LintMessage } from '../../../rules/api/schemas.ts';
import { severityName } from './labels.ts';

const shapes: Record<LintMessage['severity'], string> = {
  error: 'M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z',
  warning: 'M8 1.2 15.2 14.3H.8z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z',
};

/** Severity as a shape and a word, so it never rests on colour alone. */
export function SeverityMark({ severity }: { severity: LintMessage['severity'] }) {
  return (
    <span className={`rv-review-severity severity-${severity}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d={shapes[severity]} fill="currentColor" />
      </svg>
      {severityName[severity]}
    </span>
  );
}
