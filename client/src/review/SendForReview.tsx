import { useEffect, useId, useRef, useState } from 'react';
import type { CreateDraftResponse } from '../../../rules/api/drafts.ts';
import type { LintRequest } from '../../../rules/api/schemas.ts';
import { ApiFailure } from '../api/client.ts';
import { createDraft, reviewUrl } from '../api/drafts.ts';
import { calmMessage } from '../api/messages.ts';
import { CopyField } from './CopyField.tsx';
import { NameField, rememberedName } from './NameField.tsx';
import './review.css';

export interface SendForReviewProps {
  text: string;
  channels: string[];
  media: NonNullable<LintRequest['media']>;
  /** The guideline profile the draft is written for; a review lints with it. */
  profile?: string;
  /** Days the server keeps the draft after its last activity, said before anything is sent. */
  retentionDays?: number;
}

/**
 * "Skicka för granskning": asks for the author's name, stores the draft as version 1 and shows the
 * two links (the author's and the reviewer's) with copy buttons. Only a hash of each link is stored,
 * so this is the one time they can be shown.
 */
export function SendForReview({ text, channels, media, profile, retentionDays }: SendForReviewProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [sent, setSent] = useState<CreateDraftResponse | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (sent) resultHeading.current?.focus();
  }, [sent]);

  const send = async () => {
    if (!text.trim()) {
      setProblem('Skriv något i inlägget innan du skickar det för granskning.');
      return;
    }
    if (!name.trim()) {
      setProblem('Skriv ditt namn. Det visas för granskaren och i aktivitetsloggen.');
      nameRef.current?.focus();
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      setSent(await createDraft({ text, channels, media, authorName: name.trim(), ...(profile ? { profile } : {}) }));
    } catch (error) {
      setProblem(error instanceof ApiFailure ? calmMessage(error) : 'Utkastet kunde inte skickas. Försök igen.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="rv-send-review">
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setOpen(!open);
          if (!open) setSent(null);
        }}
      >
        Skicka för granskning
      </button>
      <div id={`${id}-panel`} className="rv-send-review-panel" hidden={!open}>
        {open && !sent && (
          <form
            aria-labelledby={`${id}-heading`}
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
          >
            <h2 id={`${id}-heading`}>Skicka för granskning</h2>
            <p className="rv-hint">
              Texten, kanalerna och bilduppgifterna sparas som version 1. Du får två länkar: en till den som granskar och en till dig.
            </p>
            <p className="rv-hint rv-retention">
              {retentionDays
                ? `Utkastet sparas på servern i ${retentionDays} dagar efter senaste aktivitet och raderas sedan automatiskt, med allt som hör till det. Du kan radera det tidigare med din länk.`
                : 'Utkastet sparas på servern en begränsad tid efter senaste aktivitet och raderas sedan automatiskt. Du kan radera det tidigare med din länk.'}
            </p>
            <NameField
              id={`${id}-name`}
              value={name}
              onChange={setName}
              inputRef={nameRef}
              hint="Namnet visas för granskaren och i aktivitetsloggen."
            />
            {problem && (
              <p className="rv-field-error" role="alert">
                {problem}
              </p>
            )}
            <div className="rv-button-row">
              <button type="submit" className="primary" disabled={busy}>
                {busy ? 'Skickar …' : 'Skapa länkarna'}
              </button>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  toggle.current?.focus();
                }}
              >
                Avbryt
              </button>
            </div>
          </form>
        )}
        {open && sent && (
          <div>
            <h2 tabIndex={-1} ref={resultHeading}>
              Utkastet är skickat för granskning
            </h2>
            <p>
              <strong>Spara båda länkarna nu.</strong> Postkoll sparar bara ett fingeravtryck av länkarna och kan inte visa dem igen.
            </p>
            <CopyField
              label="Länk för granskaren"
              value={reviewUrl(sent.reviewToken)}
              buttonLabel="Kopiera granskningslänken"
              description="Skicka den till den som ska granska. Med den kan man läsa, kommentera och godkänna, men inte ändra texten."
            />
            <CopyField
              label="Din länk som skribent"
              value={reviewUrl(sent.authorToken)}
              buttonLabel="Kopiera din länk"
              description="Behåll den själv. Med den ser du kommentarerna och beslutet och kan spara nya versioner eller radera utkastet."
            />
            <p>
              <a href={`/granska/${sent.authorToken}`}>Öppna utkastet med din länk</a>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
