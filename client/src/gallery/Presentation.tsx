import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import type { Catalog } from '../rules/useRules.ts';
import { categoryName, countFindings, placeOf } from '../rules/labels.ts';
import { SeverityBadge } from '../rules/SeverityBadge.tsx';
import { exampleRequest, lintOnce } from './lintQueue.ts';
import { useLint } from './useLint.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { TextBox } from './TextBox.tsx';
import { MediaSummary } from './MediaSummary.tsx';
import './presentation.css';

/** Short texts get very large type; long ones shrink so that they still fit a 1280×720 projector. */
const sizeClass = (text: string) => (text.length <= 160 ? 'is-short' : text.length <= 420 ? 'is-medium' : text.length <= 560 ? 'is-long' : 'is-very-long');

export interface PresentationItem {
  rule: RuleInfo;
  index: number;
}

interface Props {
  items: PresentationItem[];
  start: number;
  catalog: Catalog;
  onClose: () => void;
}

/**
 * Presentation mode: one example at a time, full screen. Step 0 shows the text, then each finding in
 * turn, then the good version. The arrow keys step, Escape leaves.
 */
export function Presentation({ items, start, catalog, onClose }: Props) {
  const [position, setPosition] = useState({ item: start, step: 0 });
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const enteredFullscreen = useRef(false);
  const current = items[position.item]!;
  const example = current.rule.examples[current.index]!;
  const bad = useLint(exampleRequest(example, 'bad'), true);
  const good = useLint(exampleRequest(example, 'good'), true);
  const findings = bad.status === 'done' ? bad.result.messages : null;
  const lastStep = findings ? findings.length + 1 : 0;
  const step = Math.min(position.step, lastStep);
  const showingGood = findings !== null && step === lastStep;
  const active = findings && step >= 1 && step <= findings.length ? findings[step - 1]! : null;

  // Warm the next example so the room does not wait.
  useEffect(() => {
    const next = items[position.item + 1];
    if (next) void lintOnce(exampleRequest(next.rule.examples[next.index]!, 'bad')).catch(() => undefined);
  }, [items, position.item]);

  const close = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onClose();
  }, [onClose]);

  const forward = useCallback(() => {
    setPosition((old) => {
      if (findings === null) return old;
      if (old.step < lastStep) return { ...old, step: old.step + 1 };
      return old.item + 1 < items.length ? { item: old.item + 1, step: 0 } : old;
    });
  }, [findings, lastStep, items.length]);

  const back = useCallback(() => {
    setPosition((old) => {
      if (old.step > 0) return { ...old, step: Math.min(old.step, lastStep) - 1 };
      // Going back from an example's start lands on the previous example's good version.
      return old.item > 0 ? { item: old.item - 1, step: Number.MAX_SAFE_INTEGER } : old;
    });
  }, [lastStep]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          event.preventDefault();
          forward();
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          event.preventDefault();
          back();
          break;
        case 'Home':
          event.preventDefault();
          setPosition((old) => ({ ...old, step: 0 }));
          break;
        case 'End':
          event.preventDefault();
          setPosition((old) => ({ ...old, step: Number.MAX_SAFE_INTEGER }));
          break;
        case 'Escape':
          event.preventDefault();
          close();
          break;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [forward, back, close]);

  // Full screen where the browser allows it; the layout fills the viewport either way.
  useEffect(() => {
    const root = rootRef.current;
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    headingRef.current?.focus();
    if (root?.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen().then(
        () => {
          enteredFullscreen.current = true;
        },
        () => undefined,
      );
    }
    return () => {
      app?.removeAttribute('inert');
      document.body.style.overflow = overflow;
    };
  }, []);

  // Leaving full screen with the browser's own Escape also leaves presentation mode.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        onClose();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onClose]);

  // Keep the passage under discussion in view when a long text scrolls.
  useEffect(() => {
    rootRef.current?.querySelector('.presentation-text .is-active')?.scrollIntoView({ block: 'nearest' });
  }, [active, position.item]);

  const goodMessages = good.status === 'done' ? good.result.messages : [];
  const rule = current.rule;
  const stepLabel =
    findings === null
      ? 'Granskar exemplet …'
      : showingGood
        ? 'Efter: den bättre versionen'
        : active
          ? `Markering ${step} av ${findings.length}`
          : `Före: ${countFindings(findings.length)}`;
  const activeRule = active ? catalog.rulesById.get(active.ruleId) : undefined;
  const altField = active?.field ? /^media\[(\d+)\]\.altText$/.exec(active.field) : null;
  const altText = altField ? example.media?.[Number(altField[1])]?.altText : undefined;

  return createPortal(
    <div ref={rootRef} className="presentation" role="dialog" aria-modal="true" aria-labelledby="presentation-title" data-step={step} data-last-step={lastStep}>
      <header className="presentation-top">
        <p className="presentation-meta">
          {categoryName[rule.category]} · Exempel {position.item + 1} av {items.length}
        </p>
        <h2 id="presentation-title" ref={headingRef} tabIndex={-1}>
          {rule.title}
        </h2>
        <button type="button" className="presentation-close" onClick={close}>
          Avsluta <span aria-hidden="true">(Esc)</span>
        </button>
      </header>

      <div className="presentation-body">
        <p className={`presentation-version ${showingGood ? 'is-good' : 'is-bad'}`}>{showingGood ? 'Efter' : 'Före'}</p>
        <TextBox label={showingGood ? 'Texten efter' : 'Texten före'} className={`presentation-text ${sizeClass(showingGood ? example.good : example.bad)}${active && !active.field && active.start === active.end && active.start === 0 ? ' is-whole-active' : ''}`}>
          {showingGood ? (
            <HighlightedText text={example.good} messages={goodMessages.filter((message) => !message.field)} />
          ) : (
            <HighlightedText text={example.bad} messages={(findings ?? []).filter((message) => !message.field)} active={active} />
          )}
        </TextBox>
        {altText !== undefined && active ? (
          <div className="presentation-alt">
            <p className="presentation-alt-label">Alternativtext till bild {Number(altField![1]) + 1}:</p>
            <p className={`presentation-text is-small${active.start === active.end ? ' is-whole-active' : ''}`}>
              <HighlightedText text={altText} messages={[active]} active={active} />
            </p>
          </div>
        ) : (
          example.media && example.media.length > 0 && <MediaSummary media={example.media} />
        )}
        <section className="presentation-explain" aria-label="Förklaring">
          {findings === null ? (
            <p>{bad.status === 'error' ? bad.message : 'Granskar exemplet …'}</p>
          ) : showingGood ? (
            <GoodVersionNote messages={goodMessages} pending={good.status !== 'done'} ruleId={rule.id} />
          ) : active ? (
            <FindingExplanation message={active} rule={activeRule} channelName={active.channel ? catalog.channelsById.get(active.channel)?.name : undefined} />
          ) : (
            <p className="presentation-lead">
              {findings.length === 0
                ? 'Granskningen hittar inget att anmärka på i den här versionen.'
                : `Vad skulle du ändra? Texten har ${countFindings(findings.length)}. Tryck på högerpilen för att gå igenom dem en i taget.`}
            </p>
          )}
        </section>
      </div>

      <footer className="presentation-bottom">
        <button type="button" onClick={back} disabled={position.item === 0 && step === 0}>
          <span aria-hidden="true">←</span> Föregående
        </button>
        <p className="presentation-step" aria-live="polite">
          {stepLabel}
          {active && <span className="visually-hidden">: {active.message}</span>}
        </p>
        <button type="button" onClick={forward} disabled={findings === null || (step === lastStep && position.item === items.length - 1)}>
          Nästa <span aria-hidden="true">→</span>
        </button>
        <p className="presentation-keys">Piltangenterna bläddrar · Esc avslutar</p>
      </footer>
    </div>,
    document.body,
  );
}

function FindingExplanation({ message, rule, channelName }: { message: LintMessage; rule?: RuleInfo; channelName?: string }) {
  const joined = [channelName, placeOf(message)].filter(Boolean).join(' · ');
  const where = joined.charAt(0).toLocaleUpperCase('sv-SE') + joined.slice(1);
  return (
    <>
      <p className="presentation-message">
        <SeverityBadge severity={message.severity} /> {message.message}
      </p>
      {(where || message.expected[0] !== undefined) && (
        <p className="presentation-fix">
          {where}
          {where && message.expected[0] !== undefined && ' · '}
          {message.expected[0] !== undefined && <>Förslag: ”{message.expected[0]}”</>}
        </p>
      )}
      {rule && (
        <p className="presentation-why">
          <strong>Varför: </strong>
          {rule.description}
        </p>
      )}
    </>
  );
}

function GoodVersionNote({ messages, pending, ruleId }: { messages: LintMessage[]; pending: boolean; ruleId: string }) {
  if (pending) return <p className="presentation-lead">Granskar den bättre versionen …</p>;
  const stillTarget = messages.some((message) => message.ruleId === ruleId);
  return (
    <>
      <p className="presentation-lead">{stillTarget ? 'Den här versionen är bättre, men regeln markerar fortfarande något.' : 'Så här kan texten skrivas i stället. Regeln markerar inget längre.'}</p>
      {messages.length > 0 && (
        <p className="presentation-why">
          Andra regler har {countFindings(messages.length)} kvar: {messages.map((message) => message.message).join(' ')}
        </p>
      )}
    </>
  );
}
