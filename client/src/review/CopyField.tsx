import { useId, useState } from 'react';

/** A link in a read-only field with its own copy button and a spoken confirmation. */
export function CopyField({
  label,
  value,
  buttonLabel,
  description,
  multiline = false,
}: {
  label: string;
  value: string;
  buttonLabel: string;
  description?: string;
  /** A text with line breaks (kept in a textarea), not a link. */
  multiline?: boolean;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Kopierad.');
    } catch {
      const input = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
      input?.focus();
      input?.select();
      setStatus('Det gick inte att kopiera automatiskt. Länken är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).');
    }
  };
  return (
    <div className="rv-copy-field">
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-description`} className="rv-hint">
          {description}
        </p>
      )}
      <div className="rv-copy-row">
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={4} aria-describedby={description ? `${id}-description` : undefined} />
        ) : (
          <input
            id={id}
            type="url"
            readOnly
            value={value}
            aria-describedby={description ? `${id}-description` : undefined}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        <button type="button" onClick={copy}>
          {buttonLabel}
        </button>
      </div>
      <p role="status" className="rv-copy-status">
        {status}
      </p>
    </div>
  );
}
