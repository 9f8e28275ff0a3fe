import { severityIconPath, type Severity } from './labels.ts';

/** The severity's shape (octagon, triangle, circle); the label beside it carries the words. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon severity-${severity}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={severityIconPath(severity)} />
    </svg>
  );
}
