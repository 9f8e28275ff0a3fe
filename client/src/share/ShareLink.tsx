import { useId, useRef, useState } from 'react';
import { shareUrl, type SharedDraft } from './fragment.ts';
import './share.css';

interface Props {
  /** The draft to share, read when the user asks for a link (so it is always the latest text). */
  draft: () => SharedDraft;
  /** Where the link opens; the editor unless told otherwise. */
  path?: string;
  label?: string;
  /** Id of the element that says what is shared (e.g. the example's heading). */
  describedBy?: string;
  /**
   * Read when the user asks for a link: a reason to think twice (the text holds personal data). The
   * warning then comes first, and the link is made only when the user goes on.
   */
  warning?: () => string | null;
}

/** "Dela": a link that carries the text in the fragment, with a copy button. */
export function ShareLink({ draft, path = '/', label = 'Dela', describedBy, warning }: Props) {
  const [url, setUrl] = useState<string | null>(null);
  const [caution, setCaution] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const open = url !== null || caution !== null;

  const toggle = () => {
    setStatus('');
    if (open) {
      setUrl(null);
      setCaution(null);
      return;
    }
    const reason = warning?.() ?? null;
    if (reason) setCaution(reason);
    else setUrl(shareUrl(draft(), path));
  };

  const goOn = () => {
    setCaution(null);
    setUrl(shareUrl(draft(), path));
    requestAnimationFrame(() => document.getElementById(`${id}-url`)?.focus());
  };

  const cancel = () => {
    setCaution(null);
    toggleRef.current?.focus();
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Länken är kopierad.');
    } catch {
      setStatus('Det gick inte att kopiera automatiskt. Markera länken och kopiera den själv.');
    }
  };

  return (
    <div className="share">
      <button type="button" ref={toggleRef} aria-expanded={open} aria-controls={`${id}-panel`} aria-describedby={describedBy} onClick={toggle}>
        {label}
      </button>
      <div id={`${id}-panel`} className="share-panel" hidden={!open}>
        {caution !== null && (
          <div className="share-warning" role="alert">
            <p>
              <strong>Länken innehåller hela texten.</strong> {caution}
            </p>
            <div className="share-row">
              <button type="button" onClick={cancel}>
                Avbryt
              </button>
              <button type="button" onClick={goOn}>
                Skapa länken ändå
              </button>
            </div>
          </div>
        )}
        {url !== null && (
          <>
            <label htmlFor={`${id}-url`}>Länk att dela</label>
            <div className="share-row">
              <input id={`${id}-url`} type="url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" onClick={copy}>
                Kopiera länken
              </button>
            </div>
            <p className="share-note">Texten ligger i länken efter tecknet # och skickas aldrig till Postkolls server.</p>
          </>
        )}
        <p role="status" className="share-status">
          {status}
        </p>
      </div>
    </div>
  );
}
