import { severityMeaning, severityName, type ProfileSeverity } from './labels.ts';
import './rules.css';

/** A shape per severity, so that severities differ by more than colour. */
export function SeverityIcon({ severity }: { severity: ProfileSeverity }) {
  const common = { width: '1em', height: '1em', viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  switch (severity) {
    case 'error':
      return (
        <svg {...common} className="sev-icon">
          <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case 'warning':
      return (
        <svg {...common} className="sev-icon">
          <polygon points="8,1 15.5,15 0.5,15" fill="currentColor" />
          <path d="M8 6v4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.7" r="1" fill="#fff" />
        </svg>
      );
    case 'info':
      return (
        <svg {...common} className="sev-icon">
          <circle cx="8" cy="8" r="7.2" fill="currentColor" />
          <circle cx="8" cy="4.6" r="1.1" fill="#fff" />
          <path d="M8 7.2v5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    default:
      return (
        <svg {...common} className="sev-icon">
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M3.6 12.4l8.8-8.8" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      );
  }
}

/** Icon and word for a severity; the word carries the meaning, the colour only helps. */
export function SeverityBadge({ severity, prefix }: { severity: ProfileSeverity; prefix?: string }) {
  return (
    <span className={`sev-badge severity-${severity}`} title={`${severityName[severity]}: ${severityMeaning[severity]}`}>
      <SeverityIcon severity={severity} />
      <span>
        {prefix}
        {severityName[severity]}
      </span>
    </span>
  );
}
