import { useId, useState } from 'react';
import type { DraftView } from '../../../rules/api/drafts.ts';
import { useVersionText } from './versionTexts.ts';
import { WordDiff } from './WordDiff.tsx';
import { formatTime } from './labels.ts';

/** Every version, and a word diff between any two of them (computed here in the browser, from texts fetched on demand). */
export function History({ view }: { view: DraftView }) {
  const id = useId();
  const numbers = view.history.map((version) => version.number);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const latest = view.latestVersion;
  const before = from ?? Math.max(1, latest - 1);
  const after = to ?? latest;
  const beforeText = useVersionText(view, before);
  const afterText = useVersionText(view, after);
  const decisionsFor = (number: number) => view.decisions.filter((decision) => decision.version === number);
  return (
    <section className="rv-review-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Historik</h2>
      <ol className="rv-version-list">
        {[...view.history].reverse().map((version) => (
          <li key={version.number}>
            <strong>Version {version.number}</strong> – {version.authorName}, {formatTime(version.createdAt)}
            {version.number === latest && ' (senaste)'}
            {decisionsFor(version.number).map((decision) => (
              <span key={decision.id}> · {decision.decision === 'approved' ? 'godkänd' : 'ändringar begärda'} av {decision.authorName}</span>
            ))}
          </li>
        ))}
      </ol>
      {numbers.length > 1 ? (
        <>
          <h3>Jämför versioner</h3>
          <div className="rv-diff-pickers">
            <label htmlFor={`${id}-from`}>Från version</label>
            <select id={`${id}-from`} value={before} onChange={(event) => setFrom(Number(event.target.value))}>
              {numbers.map((number) => (
                <option key={number} value={number}>
                  {number}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-to`}>Till version</label>
            <select id={`${id}-to`} value={after} onChange={(event) => setTo(Number(event.target.value))}>
              {numbers.map((number) => (
                <option key={number} value={number}>
                  {number}
                </option>
              ))}
            </select>
          </div>
          {beforeText !== undefined && afterText !== undefined ? (
            <WordDiff before={beforeText} after={afterText} label={`Ändringar från version ${before} till version ${after}`} />
          ) : (
            <p role="status">Hämtar versionerna …</p>
          )}
        </>
      ) : (
        <p className="rv-hint">Det finns bara en version än. När skribenten sparar en ny version kan du jämföra dem här, ord för ord.</p>
      )}
    </section>
  );
}
