import { useRef, useState } from 'react';

/** The author deletes the draft at once, after saying yes a second time. */
export function DeleteDraft({ onDelete }: { onDelete: () => Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  return (
    <section className="rv-review-panel" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Radera utkastet</h2>
      <p>Utkastet, alla versioner, kommentarer, avvikelser, beslut och aktivitetsloggen raderas direkt. Båda länkarna slutar fungera.</p>
      {!confirming ? (
        <button type="button" ref={first} onClick={() => setConfirming(true)}>
          Radera utkastet …
        </button>
      ) : (
        <div className="rv-confirm" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text">
            <strong>Vill du radera utkastet nu? Det går inte att ångra.</strong>
          </p>
          <div className="rv-button-row">
            <button
              type="button"
              className="rv-danger"
              autoFocus
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                await onDelete();
                setBusy(false);
              }}
            >
              Ja, radera utkastet
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => first.current?.focus());
              }}
            >
              Avbryt
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
