import type { LintResponse } from '../../../rules/api/schemas.ts';
import { formatNumber, lixBand } from './labels.ts';
import { nameOf } from './LanguageNote.tsx';

/** Flesch Reading Ease in words (Flesch 1948's bands, simplified). */
function fleschBand(score: number): string {
  if (score >= 80) return 'lätt';
  if (score >= 60) return 'normal';
  if (score >= 30) return 'svår';
  return 'mycket svår';
}

/**
 * Characters, words, sentences and one readability figure: LIX with its band for a Swedish post,
 * counted as klar-lix counts it (and saying so when the organisation's own names were left out),
 * Flesch Reading Ease for an English post, where LIX means nothing, and none for other languages.
 */
export function Stats({ stats }: { stats: LintResponse['stats'] | null }) {
  const value = (figure: number | undefined) => (figure === undefined ? '–' : formatNumber(figure));
  const english = stats?.language === 'en';
  // No language yet (before the first answer) shows the Swedish figure's place.
  const other = stats?.language !== undefined && stats.language !== 'sv' && !english;
  const leftOut = stats?.lixNamesLeftOut ?? 0;
  return (
    <dl className="stats">
      <div>
        <dt>Tecken</dt>
        <dd>{value(stats?.characters)}</dd>
      </div>
      <div>
        <dt>Ord</dt>
        <dd>{value(stats?.words)}</dd>
      </div>
      <div>
        <dt>Meningar</dt>
        <dd>{value(stats?.sentences)}</dd>
      </div>
      {other ? (
        <div>
          <dt>Läsbarhet</dt>
          <dd className="stats-readability-none">mäts bara på svenska och engelska, inte på {nameOf(stats!.language!)}</dd>
        </div>
      ) : english ? (
        <div>
          <dt>Läsbarhet (engelska, Flesch)</dt>
          <dd>{stats?.fleschReadingEase === null || stats?.fleschReadingEase === undefined ? '–' : `${stats.fleschReadingEase} – ${fleschBand(stats.fleschReadingEase)}`}</dd>
        </div>
      ) : (
        <div>
          <dt>
            <abbr title="Läsbarhetsindex">LIX</abbr>
          </dt>
          <dd>
            {stats?.lix === null || stats?.lix === undefined ? '–' : `${stats.lix} – ${lixBand(stats.lix)}`}
            {leftOut > 0 && (
              <span className="stats-note">
                {' '}
                ({leftOut === 1 ? 'ett av kommunens egna namn räknas' : `${leftOut} av kommunens egna namn räknas`} inte som långt ord)
              </span>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
