import { useId, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { LintMessage, LintRequest, RuleInfo } from '../../../rules/api/schemas.ts';
import { useCatalog, type Catalog } from '../rules/useRules.ts';
import { countFindings } from '../rules/labels.ts';
import { SeverityLegend } from '../rules/SeverityLegend.tsx';
import { exampleRequest } from '../gallery/lintQueue.ts';
import { useLint } from '../gallery/useLint.ts';
import { useLiveLint } from '../gallery/useLiveLint.ts';
import { HighlightedText } from '../gallery/HighlightedText.tsx';
import { TextBox } from '../gallery/TextBox.tsx';
import { FindingList } from '../gallery/FindingList.tsx';
import { MediaSummary } from '../gallery/MediaSummary.tsx';
import { decodeShare } from '../share/fragment.ts';
import { loadDraft } from '../editor/draft-store.ts';
import { ShareLink } from '../share/ShareLink.tsx';
import '../gallery/gallery.css';
import '../gallery/exercise.css';

/** An exercise: rewrite a rule's bad example until the rule stops firing without new errors. */
export function ExercisePage() {
  const { ruleId = '', index = '' } = useParams();
  const catalog = useCatalog();
  if (catalog.status !== 'done') {
    return (
      <>
        <h1 tabIndex={-1}>Övning</h1>
        {catalog.status === 'loading' ? <p role="status">Hämtar övningen …</p> : <p className="notice error">{catalog.message}</p>}
      </>
    );
  }
  const rule = catalog.data.rulesById.get(ruleId);
  const exampleIndex = /^\d+$/.test(index) ? Number(index) - 1 : -1;
  if (!rule || !rule.examples[exampleIndex]) {
    return (
      <>
        <h1 tabIndex={-1}>Övningen finns inte</h1>
        <p>
          Det finns ingen sådan övning. <Link to="/exempel">Välj ett exempel att öva på i exempelsamlingen</Link>.
        </p>
      </>
    );
  }
  return <Exercise key={`${rule.id}/${exampleIndex}`} rule={rule} index={exampleIndex} catalog={catalog.data} />;
}

/** A catalog media item in the editor's draft shape (flags as booleans, "samtycke finns" for documented consent). */
const toDraftMedia = (item: NonNullable<RuleInfo['examples'][number]['media']>[number]) => ({
  type: item.type,
  altText: item.altText ?? '',
  credit: item.credit ?? '',
  decorative: item.decorative ?? false,
  showsPeople: item.showsPeople ?? false,
  showsChildren: item.showsChildren ?? false,
  consent: item.consent === 'documented',
  containsText: item.containsText ?? false,
  hasSpeech: item.hasSpeech ?? false,
  captions: item.captions ?? false,
});

/** Error findings per rule, to tell a new error from one that was there from the start. */
function errorCounts(messages: LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) if (message.severity === 'error') counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  return counts;
}

type Verdict = { kind: 'checking' } | { kind: 'empty' } | { kind: 'unchanged' } | { kind: 'fires'; count: number } | { kind: 'new-errors'; rules: string[] } | { kind: 'passed' };

function Exercise({ rule, index, catalog }: { rule: RuleInfo; index: number; catalog: Catalog }) {
  const example = rule.examples[index]!;
  // A shared link may carry the learner's own text; it never leaves the browser except to be linted.
  const shared = useMemo(() => decodeShare(window.location.hash), []);
  const [text, setText] = useState(shared?.text ?? example.bad);
  const [showAnswer, setShowAnswer] = useState(false);
  const ids = useId();
  const channels = shared?.channels ?? example.channels ?? [];
  const originalRequest = exampleRequest(example, 'bad');
  const input: LintRequest = { text, channels, ...(example.media ? { media: example.media } : {}) };
  const isOriginal = JSON.stringify(input) === JSON.stringify(originalRequest);
  const original = useLint(originalRequest);
  const live = useLiveLint(isOriginal ? null : input);

  const current = isOriginal
    ? original.status === 'done'
      ? { text, messages: original.result.messages, pending: false }
      : null
    : live.latest
      ? { text: live.latest.input.text, messages: live.latest.result.messages, pending: live.pending }
      : null;

  const verdict: Verdict = (() => {
    if (text.trim() === '') return { kind: 'empty' };
    if (!current || current.pending || original.status !== 'done') return { kind: 'checking' };
    const target = current.messages.filter((message) => message.ruleId === rule.id);
    if (isOriginal) return { kind: 'unchanged' };
    if (target.length > 0) return { kind: 'fires', count: target.length };
    const before = errorCounts(original.result.messages);
    const added = [...errorCounts(current.messages)].filter(([id, count]) => count > (before.get(id) ?? 0)).map(([id]) => id);
    if (added.length > 0) return { kind: 'new-errors', rules: added.map((id) => catalog.rulesById.get(id)?.title ?? id) };
    return { kind: 'passed' };
  })();

  const goal = `Skriv om texten så att regeln ”${rule.title}” inte längre slår till, utan att nya fel dyker upp.`;
  const statusText: Record<Verdict['kind'], string> = {
    checking: 'Granskar texten …',
    empty: 'Skriv en text att granska.',
    unchanged: `Regeln ”${rule.title}” slår till i texten. Ändra texten så att den inte gör det.`,
    fires: `Regeln ”${rule.title}” slår fortfarande till.`,
    'new-errors': `Regeln ”${rule.title}” slår inte längre till, men texten har fått nya fel: ${verdict.kind === 'new-errors' ? verdict.rules.join(', ') : ''}.`,
    passed: `Klart! Regeln ”${rule.title}” slår inte längre till och texten har inga nya fel.`,
  };
  const navigate = useNavigate();
  // The editor's own draft store takes the text with its channels and media; the draft stays in this browser.
  const continueInEditor = () => {
    loadDraft({ text, channels, media: (example.media ?? []).map(toDraftMedia) });
    void navigate('/');
  };
  const channelNames = channels.map((id) => catalog.channelsById.get(id)?.name ?? id);
  const exercisePath = `/ova/${encodeURIComponent(rule.id)}/${index + 1}`;

  return (
    <>
      <p className="rule-breadcrumb">
        <Link to="/exempel">Exempel</Link> › <Link to={`/regler/${encodeURIComponent(rule.id)}`}>{rule.title}</Link>
      </p>
      <h1 tabIndex={-1}>Övning: {rule.title}</h1>
      <p className="exercise-goal" id={`${ids}-goal`}>
        <strong>Mål:</strong> {goal}
      </p>
      <details className="exercise-why">
        <summary>Varför finns regeln?</summary>
        <p>{rule.description}</p>
      </details>

      <div className="exercise-layout">
        <div className="exercise-editor">
          <label htmlFor={`${ids}-text`} className="exercise-label">
            Din text
          </label>
          <textarea
            id={`${ids}-text`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={8}
            spellCheck={false}
            aria-describedby={`${ids}-goal ${ids}-status`}
          />
          {channelNames.length > 0 && <p className="exercise-channels">Granskas för {channelNames.join(', ')}.</p>}
          {example.media && example.media.length > 0 && <MediaSummary media={example.media} />}
          <p id={`${ids}-status`} role="status" className={`exercise-status is-${verdict.kind}`} data-verdict={verdict.kind}>
            {verdict.kind === 'passed' && <span aria-hidden="true">✓ </span>}
            {statusText[verdict.kind]}
          </p>
          <div className="exercise-actions">
            <button type="button" onClick={() => setText(example.bad)} disabled={text === example.bad}>
              Börja om
            </button>
            <button type="button" aria-expanded={showAnswer} aria-controls={`${ids}-answer`} onClick={() => setShowAnswer((open) => !open)}>
              {showAnswer ? 'Dölj förslaget' : 'Visa ett möjligt svar'}
            </button>
            <ShareLink draft={() => ({ text, ...(channels.length > 0 ? { channels } : {}) })} path={exercisePath} label="Dela din text" />
          </div>
          <div id={`${ids}-answer`} className="exercise-answer" hidden={!showAnswer}>
            <h2>Ett möjligt svar</h2>
            <p className="example-text">{example.good}</p>
            <p>Det finns fler sätt att skriva texten. Det viktiga är att regeln inte slår till och att inga nya fel dyker upp.</p>
          </div>
        </div>

        <section className="exercise-findings" aria-labelledby={`${ids}-findings`} aria-busy={current?.pending ?? true}>
          <h2 id={`${ids}-findings`}>Postkolls granskning</h2>
          {live.error && !isOriginal && <p className="notice error">{live.error}</p>}
          {original.status === 'error' && <p className="notice error">{original.message}</p>}
          {current ? (
            <>
              <TextBox label="Din text med markeringar">
                <HighlightedText text={current.text} messages={current.messages.filter((message) => !message.field)} />
              </TextBox>
              <p>{current.messages.length === 0 ? 'Inga markeringar.' : `${countFindings(current.messages.length)}:`}</p>
              {current.messages.length > 0 && <FindingList messages={current.messages} rulesById={catalog.rulesById} channelsById={catalog.channelsById} focusRuleId={rule.id} />}
              <SeverityLegend />
            </>
          ) : (
            <p>Granskar texten …</p>
          )}
        </section>
      </div>

      <h2>Dela övningen</h2>
      <p>
        Länk till övningen, med exemplets text: <a href={exercisePath}>{`${window.location.origin}${exercisePath}`}</a>
      </p>
      <p>
        <button type="button" onClick={continueInEditor}>
          Fortsätt med texten i skrivläget
        </button>
      </p>
    </>
  );
}
