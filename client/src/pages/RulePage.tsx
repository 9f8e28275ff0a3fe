import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RuleInfo } from '../../../rules/api/schemas.ts';
import { useCatalog, type Catalog } from '../rules/useRules.ts';
import { categoryName, severityMeaning, severityName } from '../rules/labels.ts';
import { SeverityBadge } from '../rules/SeverityBadge.tsx';
import { SeverityLegend } from '../rules/SeverityLegend.tsx';
import { ExampleCard } from '../gallery/ExampleCard.tsx';
import { Presentation, type PresentationItem } from '../gallery/Presentation.tsx';
import '../rules/rules.css';

/** A rule's page: what it checks and why, where it comes from, how strict the kommun is, and its examples. */
export function RulePage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  if (catalog.status === 'loading') {
    return (
      <>
        <h1 tabIndex={-1}>Regel</h1>
        <p role="status">Hämtar regeln …</p>
      </>
    );
  }
  if (catalog.status === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>Regel</h1>
        <p className="notice error">{catalog.message}</p>
      </>
    );
  }
  const rule = catalog.data.rulesById.get(id);
  if (!rule) {
    return (
      <>
        <h1 tabIndex={-1}>Regeln finns inte</h1>
        <p>
          Det finns ingen regel med id <code>{id.slice(0, 80)}</code> i Postkoll. Den kan ha fått ett annat namn eller aldrig funnits.{' '}
          <Link to="/regler">Se alla regler</Link>.
        </p>
      </>
    );
  }
  return <RuleDetails key={rule.id} rule={rule} catalog={catalog.data} />;
}

function RuleDetails({ rule, catalog }: { rule: RuleInfo; catalog: Catalog }) {
  const [presenting, setPresenting] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const items: PresentationItem[] = useMemo(() => rule.examples.map((_, index) => ({ rule, index })), [rule]);
  const present = useCallback((_ruleId: string, index: number, from: HTMLElement) => {
    opener.current = from;
    setPresenting(index);
  }, []);
  const stop = useCallback(() => {
    setPresenting(null);
    requestAnimationFrame(() => opener.current?.focus());
  }, []);

  return (
    <>
      <p className="rule-breadcrumb">
        <Link to="/regler">Regler</Link> › {categoryName[rule.category]}
      </p>
      <h1 tabIndex={-1}>{rule.title}</h1>
      <dl className="rule-facts">
        <dt>I kommunens profil</dt>
        <dd>
          <SeverityBadge severity={rule.severity} /> – {severityMeaning[rule.severity]}
          {rule.severity !== rule.defaultSeverity && <> (Postkolls standard: {severityName[rule.defaultSeverity].toLocaleLowerCase('sv-SE')})</>}
        </dd>
        <dt>Kategori</dt>
        <dd>{categoryName[rule.category]}</dd>
        <dt>Regelns id</dt>
        <dd>
          <code>{rule.id}</code>
        </dd>
        <dt>Grund</dt>
        <dd>
          <ul>
            {rule.basis.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </dd>
        <dt>Kommunens riktlinje</dt>
        <dd>{rule.guidelineRef ?? 'Profilen anger inget avsnitt i kommunens riktlinje för den här regeln.'}</dd>
      </dl>
      <h2>Varför</h2>
      <p className="rule-description">{rule.description}</p>
      <h2>Exempel</h2>
      <SeverityLegend />
      <div className="example-grid">
        {rule.examples.map((_, index) => (
          <ExampleCard key={index} rule={rule} index={index} catalog={catalog} headingLevel={3} onPresent={present} />
        ))}
      </div>
      <p>
        <Link to={`/exempel?kategori=${rule.category}`}>Fler exempel i kategorin {categoryName[rule.category]}</Link>
      </p>
      {presenting !== null && <Presentation items={items} start={presenting} catalog={catalog} onClose={stop} />}
    </>
  );
}
