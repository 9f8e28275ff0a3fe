import { useId, useState } from 'react';
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
}

/** "Dela": a link that carries the text in the fragment, with a copy button. */
export function ShareLink({ draft, path = '/', label = 'Dela', describedBy }: Props) {
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const open = url !== null;

  const toggle = () => {
    setStatus('');
    setUrl(open ? null : shareUrl(draft(), path));
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
      <button type="button" aria-expanded={open} aria-controls={`${id}-panel`} aria-describedby={describedBy} onClick={toggle}>
        {label}
      </button>
      <div id={`${id}-panel`} className="share-panel" hidden={!open}>
        {open && (
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
