import type { IgnoredFinding } from './draft-store.ts';

/** Findings ignored in this draft, each with its reason and "Återställ". */
export function IgnoredList({ ignored, channelName, onRestore }: { ignored: IgnoredFinding[]; channelName(id: string): string; onRestore(key: string): void }) {
  if (ignored.length === 0) return null;
  return (
    <section className="ignored-list" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading">
        Ignorerade anmärkningar <span className="heading-count">({ignored.length})</span>
      </h2>
      <ul>
        {ignored.map((item) => (
          <li key={item.key}>
            <p className="ignored-message">{item.message}</p>
            <p className="hint">
              {[item.where, item.channel ? channelName(item.channel) : null, item.actual ? `”${item.actual.length > 60 ? `${item.actual.slice(0, 60)}…` : item.actual}”` : null]
                .filter(Boolean)
                .join(' · ')}
              {item.reason ? ` · Anledning: ${item.reason}` : ' · Ingen anledning angiven'}
            </p>
            <button type="button" onClick={() => onRestore(item.key)}>
              Återställ
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
