import { diffWords, type ChangeObject } from 'diff';

/** Over this, two texts are too different to show word by word (the diff gives up instead of blocking). */
const diffBudgetMs = 500;

export function wordDiff(before: string, after: string): ChangeObject<string>[] | undefined {
  return diffWords(before, after, { timeout: diffBudgetMs });
}

/** Added and removed words, marked by underline and strike-through and named for screen readers, not by colour alone. */
export function WordDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const changes = wordDiff(before, after);
  if (!changes) return <p className="notice">Texterna skiljer sig för mycket för att jämföras ord för ord.</p>;
  const count = (kind: 'added' | 'removed') => changes.filter((change) => change[kind]).reduce((sum, change) => sum + change.count, 0);
  const added = count('added');
  const removed = count('removed');
  return (
    <figure className="rv-word-diff">
      <figcaption>
        {label}: {added === 0 && removed === 0 ? 'inga skillnader' : `${added} ${added === 1 ? 'ord tillagt' : 'ord tillagda'}, ${removed} ${removed === 1 ? 'ord borttaget' : 'ord borttagna'}`}.
      </figcaption>
      <p className="rv-word-diff-text">
        {changes.map((change, index) =>
          change.added ? (
            <ins key={index}>
              <span className="visually-hidden">[tillagt: </span>
              {change.value}
              <span className="visually-hidden">]</span>
            </ins>
          ) : change.removed ? (
            <del key={index}>
              <span className="visually-hidden">[borttaget: </span>
              {change.value}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={index}>{change.value}</span>
          ),
        )}
      </p>
    </figure>
  );
}
