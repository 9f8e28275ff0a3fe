import { Link } from 'react-router';
import { useCatalog } from '../rules/useRules.ts';
import { byCategory, categoryName } from '../rules/labels.ts';
import { SeverityBadge } from '../rules/SeverityBadge.tsx';
import '../rules/rules.css';

/** Every rule, by category, with its severity in the current profile. */
export function RulesPage() {
  const catalog = useCatalog();
  return (
    <>
      <h1 tabIndex={-1}>Regler</h1>
      <p className="rule-description">
        Det här kontrollerar Postkoll, ordnat efter riktlinjens kapitel. Allvarlighetsgraden är den som gäller i kommunens profil:{' '}
        <strong>Fel</strong> får inte publiceras så här, <strong>Varning</strong> bör ändras och <strong>Tips</strong> är värt att fundera på.
        Avstängda regler kontrolleras inte. <Link to="/exempel">Se alla regler med exempel</Link>.
      </p>
      {catalog.status === 'loading' && <p role="status">Hämtar reglerna …</p>}
      {catalog.status === 'error' && <p className="notice error">{catalog.message}</p>}
      {catalog.status === 'done' && (
        <>
          <p>
            {catalog.data.rules.length} regler, varav {catalog.data.rules.filter((rule) => rule.severity !== 'off').length} är påslagna.
          </p>
          <nav className="category-nav" aria-label="Kategorier">
            <ul>
              {byCategory(catalog.data.rules).map((group) => (
                <li key={group.category}>
                  <a href={`#kategori-${group.category}`}>
                    {categoryName[group.category]} ({group.items.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {byCategory(catalog.data.rules).map((group) => (
            <section key={group.category} aria-labelledby={`kategori-${group.category}`}>
              <h2 id={`kategori-${group.category}`}>{categoryName[group.category]}</h2>
              <ul className="rule-list">
                {group.items.map((rule) => (
                  <li key={rule.id} data-rule-id={rule.id}>
                    <span>
                      <Link to={`/regler/${encodeURIComponent(rule.id)}`}>{rule.title}</Link> <code className="rule-id">{rule.id}</code>
                    </span>
                    <SeverityBadge severity={rule.severity} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
