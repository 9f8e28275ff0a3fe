import type { LintResponse } from '../../../rules/api/schemas.ts';
import { formatNumber, lixBand } from './labels.ts';

/** Characters, words, sentences and LIX with its band in words. */
export function Stats({ stats }: { stats: LintResponse['stats'] | null }) {
  const value = (figure: number | undefined) => (figure === undefined ? '–' : formatNumber(figure));
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
      <div>
        <dt>
          <abbr title="Läsbarhetsindex">LIX</abbr>
        </dt>
        <dd>{stats?.lix === null || stats?.lix === undefined ? '–' : `${stats.lix} – ${lixBand(stats.lix)}`}</dd>
      </div>
    </dl>
  );
}
