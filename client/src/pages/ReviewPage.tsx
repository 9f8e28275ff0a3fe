import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { Decision, DraftFinding, DraftView } from '../../../rules/api/drafts.ts';
import { draftLimits } from '../../../rules/api/limits.ts';
import type { RuleInfo } from '../../../rules/api/schemas.ts';
import { ApiFailure, getChannels, getRules } from '../api/client.ts';
import { calmMessage } from '../api/messages.ts';
import { addComment, addDeviation, decide, deleteDraft, getDraft, latestVersionOf, saveVersion } from '../api/drafts.ts';
import { ActivityLog } from '../review/ActivityLog.tsx';
import { Comments } from '../review/Comments.tsx';
import { DecisionPanel, LatestDecision } from '../review/Decision.tsx';
import { ApprovalGate, gateHeadingId } from '../review/ApprovalGate.tsx';
import { PublishSummary } from '../summary/PublishSummary.tsx';
import { findingElementId } from '../review/Findings.tsx';
import { DeleteDraft } from '../review/DeleteDraft.tsx';
import { DraftText, type Highlight } from '../review/DraftText.tsx';
import { Findings } from '../review/Findings.tsx';
import { History } from '../review/History.tsx';
import { NameField, rememberedName } from '../review/NameField.tsx';
import { WordDiff } from '../review/WordDiff.tsx';
import { CopyField } from '../review/CopyField.tsx';
import { formatTime, statusName } from '../review/labels.ts';
import '../review/review.css';

type Load = { status: 'loading' } | { status: 'ready'; view: DraftView } | { status: 'failed'; error: ApiFailure };

interface Message {
  kind: 'status' | 'error';
  text: string;
}

/** The author's edit buffer: the text, the version it was started from and that version's text. */
interface Edit {
  text: string;
  base: number;
  saved: string;
}

interface Conflict {
  latestVersion: number;
  mine: string;
}

function Failure({ error }: { error: ApiFailure }) {
  const heading = error.status === 410 ? 'Utkastet finns inte längre' : error.status === 404 ? 'Länken fungerar inte' : 'Utkastet kunde inte visas';
  return (
    <>
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="notice error">{error.message}</p>
      {error.status === 410 && <p>Utkast raderas när skribenten väljer det, och automatiskt en tid efter senaste aktivitet.</p>}
      <p>
        <a href="/">Skriv ett nytt inlägg</a>
      </p>
    </>
  );
}

export function ReviewPage() {
  const { token = '' } = useParams();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [name, setName] = useState(rememberedName);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [selection, setSelection] = useState({ start: 0, end: 0 });
  const [message, setMessage] = useState<Message | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [keptText, setKeptText] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const [rules, setRules] = useState<Map<string, RuleInfo>>(new Map());
  const [channelNames, setChannelNames] = useState<Map<string, string>>(new Map());
  const nameRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    try {
      const view = await getDraft(token);
      setLoad({ status: 'ready', view });
      return view;
    } catch (error) {
      if (error instanceof ApiFailure && (error.status === 404 || error.status === 410 || load.status !== 'ready')) setLoad({ status: 'failed', error });
      else setMessage({ kind: 'error', text: (error as Error).message });
      return undefined;
    }
  }, [token, load.status]);

  useEffect(() => {
    document.title = 'Granskning – Postkoll';
    void reload();
    getChannels()
      .then((channels) => setChannelNames(new Map(channels.map((channel) => [channel.id, channel.name]))))
      .catch(() => {});
    // Only when the link changes.
  }, [token]);

  const view = load.status === 'ready' ? load.view : undefined;
  const latest = view?.latest;

  // The catalog as the draft's profile sees it (its severities and guideline references), not the
  // server's default: fetched once the draft says which profile it was sent with (getRules caches it).
  const profile = view?.profile;
  useEffect(() => {
    if (!profile) return;
    getRules(profile)
      .then((catalog) => setRules(new Map(catalog.map((rule) => [rule.id, rule]))))
      .catch(() => {});
  }, [profile]);

  // The author's buffer follows the latest version until the author starts typing.
  useEffect(() => {
    if (!view || view.role !== 'author' || !latest) return;
    setEdit((current) => {
      const untouched = !current || current.saved === current.text;
      return untouched ? { text: latest.text, base: latest.number, saved: latest.text } : current;
    });
    if (view.role === 'author' && !name) setName(view.authorName);
  }, [view]);

  // A selection is offsets into one version's text; a newer version makes it meaningless.
  const latestNumber = view?.latestVersion;
  useEffect(() => setSelection({ start: 0, end: 0 }), [latestNumber]);

  const dirty = Boolean(view && latest && edit && (edit.text !== latest.text || edit.base !== latest.number));

  // Unsaved words are not lost by closing the tab by mistake: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const highlights = useMemo<Highlight[]>(() => {
    if (!view || dirty) return [];
    const items: Highlight[] = [];
    for (const comment of view.comments) {
      if (comment.anchor.version === view.latestVersion && comment.anchor.start < comment.anchor.end) {
        items.push({ start: comment.anchor.start, end: comment.anchor.end, kind: 'comment' });
      }
    }
    for (const finding of view.findings.messages) {
      if (!finding.field && finding.deviationId === undefined && finding.start < finding.end) {
        items.push({ start: finding.start, end: finding.end, kind: finding.severity });
      }
    }
    return items;
  }, [view, dirty]);

  const ruleTitle = useCallback((id: string) => rules.get(id)?.title ?? id, [rules]);
  const guidelineRef = useCallback((id: string) => rules.get(id)?.guidelineRef, [rules]);
  const channelName = useCallback((id: string) => channelNames.get(id) ?? id, [channelNames]);

  if (deleted) {
    return (
      <div className="rv-review-page">
        <h1 tabIndex={-1} ref={heading}>
          Utkastet är raderat
        </h1>
        <p>Utkastet och allt som hörde till det är borttaget. Länkarna fungerar inte längre.</p>
        <p>
          <a href="/">Skriv ett nytt inlägg</a>
        </p>
      </div>
    );
  }
  if (load.status === 'loading') {
    return (
      <div className="rv-review-page">
        <h1 tabIndex={-1}>Granskning av utkast</h1>
        <p role="status">Hämtar utkastet …</p>
      </div>
    );
  }
  if (load.status === 'failed') return <Failure error={load.error} />;

  const draft = load.view;
  const current = draft.latest;
  const isAuthor = draft.role === 'author';

  /** Runs one action with the typed name; afterwards the page shows the draft as stored. */
  async function act(run: (who: string) => Promise<unknown>, done: string): Promise<boolean> {
    const who = name.trim();
    if (!who) {
      setMessage({ kind: 'error', text: 'Skriv ditt namn först. Det visas i aktivitetsloggen.' });
      nameRef.current?.focus();
      return false;
    }
    try {
      await run(who);
      setMessage({ kind: 'status', text: done });
      await reload();
      return true;
    } catch (error) {
      const failure = error as ApiFailure;
      if (failure.status === 404 || failure.status === 410) {
        setLoad({ status: 'failed', error: failure });
        return false;
      }
      const newer = latestVersionOf(error);
      setMessage({ kind: 'error', text: newer ? `${failure.message} Sidan visar nu version ${newer}.` : failure.status === 429 ? calmMessage(failure) : failure.message });
      if (newer) await reload();
      if (failure.code === 'unresolved_errors') {
        // The page may be older than the findings: show what is left, where the reviewer can act on it.
        await reload();
        requestAnimationFrame(() => document.getElementById(gateHeadingId)?.focus());
      }
      return false;
    }
  }

  const showInText = (range: { start: number; end: number }) => {
    const element = textRef.current;
    if (!element) return;
    if (dirty) {
      setMessage({ kind: 'error', text: 'Texten har osparade ändringar, så stycket kan ha flyttat. Spara först för att se det.' });
      return;
    }
    element.focus();
    element.setSelectionRange(range.start, range.end);
    setSelection(range);
  };

  const save = async (baseVersion: number, text: string) => {
    const who = name.trim() || draft.authorName;
    try {
      const saved = await saveVersion(token, { text, baseVersion, channels: current.channels, media: current.media, authorName: who });
      setConflict(null);
      setMessage({ kind: 'status', text: `Version ${saved.version} är sparad. Granskaren ser den när sidan laddas om.` });
      setEdit({ text, base: saved.version, saved: text });
      await reload();
    } catch (error) {
      const newer = latestVersionOf(error);
      if (newer) {
        // Nothing is lost: the text stays in the editor and in the conflict box.
        setConflict({ latestVersion: newer, mine: text });
        setMessage({ kind: 'error', text: (error as ApiFailure).message });
        await reload();
        return;
      }
      const failure = error as ApiFailure;
      if (failure.status === 404 || failure.status === 410) setLoad({ status: 'failed', error: failure });
      else setMessage({ kind: 'error', text: calmMessage(failure) });
    }
  };

  const standing = draft.findings.messages.filter((finding) => finding.deviationId === undefined);
  const acceptDeviation = draft.permissions.acceptDeviation
    ? (finding: DraftFinding, justification: string) =>
        act(
          (who) =>
            addDeviation(token, {
              version: draft.findings.version,
              ruleId: finding.ruleId,
              ...(finding.field ? { field: finding.field } : {}),
              start: finding.start,
              end: finding.end,
              justification,
              authorName: who,
            }),
          'Avvikelsen är godtagen.',
        )
    : undefined;

  const textLabel = isAuthor ? `Texten (du utgår från version ${edit?.base ?? current.number})` : `Texten, version ${current.number}`;
  const channelsText = current.channels.length > 0 ? current.channels.map(channelName).join(', ') : 'inga valda';

  return (
    <div className="rv-review-page">
      <h1 tabIndex={-1} ref={heading}>
        Granskning av utkast
      </h1>
      <p className="rv-review-role">
        {isAuthor
          ? `Du har skribentens länk. Du kan ändra texten och spara nya versioner, kommentera och radera utkastet. Utkastet skickades av ${draft.authorName}.`
          : `Du har granskarens länk. Du kan läsa, kommentera, godta avvikelser och godkänna eller begära ändringar, men inte ändra texten. Utkastet är skrivet av ${draft.authorName}.`}
      </p>

      <div className={`rv-review-state rv-state-${draft.state.status}`}>
        <p>
          <span className="rv-state-label">Status:</span> <strong>{statusName[draft.state.status]}</strong> – version {draft.state.version}
        </p>
        <button type="button" onClick={() => reload().then((fresh) => fresh && setMessage({ kind: 'status', text: `Sidan visar det senaste (version ${fresh.latestVersion}).` }))}>
          Hämta senaste
        </button>
      </div>

      <div role="status" className="rv-review-message">
        {message?.kind === 'status' && <p className="notice">{message.text}</p>}
      </div>
      <div role="alert" className="rv-review-message">
        {message?.kind === 'error' && <p className="notice error">{message.text}</p>}
      </div>

      <PublishSummary
        channels={current.channels.map((id) => ({ id, name: channelName(id) }))}
        findings={standing.map((finding, index) => ({ id: findingElementId(index), message: finding }))}
        pending={false}
        subject={dirty ? `gäller den sparade version ${current.number}, inte dina osparade ändringar` : `version ${current.number}`}
        onOpen={(id) => {
          const element = document.getElementById(id);
          element?.scrollIntoView({ block: 'center' });
          element?.focus();
        }}
      />

      <NameField id="review-name" value={name} onChange={setName} inputRef={nameRef} />

      <div className="rv-review-columns">
        <div className="rv-review-main">
          <section className="rv-review-panel" aria-labelledby="text-heading">
            <h2 id="text-heading">Texten</h2>
            <p className="rv-meta">
              Version {current.number} av {current.authorName}, {formatTime(current.createdAt)}. Kanaler: {channelsText}.
              {current.media.length > 0 && ` Bilder och filmer: ${current.media.length}.`}
            </p>
            <DraftText
              id="draft-text"
              label={textLabel}
              value={isAuthor ? (edit?.text ?? current.text) : current.text}
              onChange={isAuthor ? (text) => setEdit((before) => ({ text, base: before?.base ?? current.number, saved: before?.saved ?? current.text })) : undefined}
              highlights={highlights}
              onSelectionChange={setSelection}
              describedBy="draft-text-help"
              maxLength={draftLimits.textLength}
              inputRef={textRef}
            />
            <p id="draft-text-help" className="rv-hint">
              {isAuthor
                ? 'Ändra texten och spara en ny version. Markera ett stycke för att kommentera det.'
                : 'Texten är skrivskyddad. Markera ett stycke (med musen eller Skift + piltangenterna) för att kommentera det.'}{' '}
              Kommenterade stycken har gul bakgrund; anmärkningar är understrukna (fel heldraget, varning streckat, tips prickat).
            </p>
            {isAuthor && (
              <div className="rv-save-row">
                <button type="button" className="primary" disabled={!dirty} onClick={() => edit && save(edit.base, edit.text)}>
                  Spara som ny version
                </button>
                {dirty && (
                  <button type="button" onClick={() => setEdit({ text: current.text, base: current.number, saved: current.text })}>
                    Ångra ändringarna
                  </button>
                )}
                <span className="rv-hint">
                  <span aria-live="polite">{dirty ? 'Osparade ändringar.' : 'Inga osparade ändringar.'}</span>{' '}
                  {(edit?.text ?? current.text).length.toLocaleString('sv-SE')} av {draftLimits.textLength.toLocaleString('sv-SE')} tecken.
                </span>
              </div>
            )}
            {isAuthor && conflict && (
              <div className="notice error rv-conflict" aria-labelledby="conflict-heading" role="region">
                <h3 id="conflict-heading">Någon har sparat version {conflict.latestVersion} medan du skrev</h3>
                <p>Din text är inte sparad än, men den finns kvar i rutan ovan. Välj hur du vill gå vidare:</p>
                <WordDiff before={draft.latestVersion === conflict.latestVersion ? current.text : ''} after={conflict.mine} label={`Skillnad mellan version ${conflict.latestVersion} och din text`} />
                <div className="rv-button-row">
                  <button type="button" className="primary" onClick={() => save(draft.latestVersion, conflict.mine)}>
                    Spara min text som version {draft.latestVersion + 1}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setKeptText(conflict.mine);
                      setEdit({ text: current.text, base: current.number, saved: current.text });
                      setConflict(null);
                      setMessage({ kind: 'status', text: `Rutan visar nu version ${current.number}. Din text finns kvar nedanför.` });
                    }}
                  >
                    Utgå från version {draft.latestVersion} (min text sparas nedanför)
                  </button>
                </div>
              </div>
            )}
            {isAuthor && keptText !== null && (
              <div className="rv-kept-text">
                <h3>Din tidigare text</h3>
                <p className="rv-hint">Kopiera det du vill ha kvar till rutan ovan.</p>
                <CopyField label="Din tidigare text" value={keptText} buttonLabel="Kopiera din tidigare text" multiline />
                <button type="button" onClick={() => setKeptText(null)}>
                  Stäng
                </button>
              </div>
            )}
          </section>

          <Comments
            view={draft}
            selection={isAuthor && dirty ? null : selection}
            onShow={showInText}
            onComment={(range, body) =>
              act((who) => addComment(token, { version: current.number, start: range.start, end: range.end, body, authorName: who }), 'Kommentaren är sparad.')
            }
          />
        </div>

        <div className="rv-review-side">
          <section className="rv-review-panel" aria-labelledby="decision-heading">
            <h2 id="decision-heading" tabIndex={-1}>
              Beslut
            </h2>
            <LatestDecision view={draft} ruleTitle={ruleTitle} />
            <ApprovalGate view={draft} ruleTitle={ruleTitle} {...(acceptDeviation ? { onAccept: acceptDeviation } : {})} />
            {draft.permissions.decide && (
              <DecisionPanel
                view={draft}
                onDecide={(decision: Decision, note: string) =>
                  act(
                    (who) => decide(token, { version: current.number, decision, note, authorName: who }),
                    decision === 'approved' ? `Version ${current.number} är godkänd.` : `Du har begärt ändringar i version ${current.number}.`,
                  )
                }
              />
            )}
          </section>
          <Findings
            view={draft}
            ruleTitle={ruleTitle}
            guidelineRef={guidelineRef}
            channelName={channelName}
            onShow={showInText}
            onAccept={acceptDeviation}
          />
        </div>
      </div>

      <History view={draft} />
      <ActivityLog view={draft} ruleTitle={ruleTitle} />
      {draft.permissions.delete && (
        <DeleteDraft
          onDelete={async () => {
            try {
              await deleteDraft(token);
              setDeleted(true);
              requestAnimationFrame(() => heading.current?.focus());
              return true;
            } catch (error) {
              setMessage({ kind: 'error', text: (error as ApiFailure).message });
              return false;
            }
          }}
        />
      )}
    </div>
  );
}
