import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RuleInfo } from '../../../rules/api/schemas.ts';
import { useCatalog, type Catalog } from '../rules/useRules.ts';
import { byCategory, categoryName, categoryOrder, type Category } from '../rules/labels.ts';
import { SeverityBadge } from '../rules/SeverityBadge.tsx';
import { SeverityLegend } from '../rules/SeverityLegend.tsx';
import { ExampleCard } from '../gallery/ExampleCard.tsx';
import { Presentation, type PresentationItem } from '../gallery/Presentation.tsx';
import '../gallery/gallery.css';

const fold = (value: string) => value.toLocaleLowerCase('sv-SE').normalize('NFKC');

function matches(rule: RuleInfo, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fold([rule.id, rule.title, rule.description, ...rule.basis, ...rule.examples.flatMap((example) => [example.bad, example.good])].join('\n'));
  return words.every((word) => haystack.includes(word));
}

const isCategory = (value: string | null): value is Category => categoryOrder.includes(value as Category);

/** The trainer's gallery: every rule's examples with their real findings, searchable, presentable. */
export function GalleryPage() {
  const catalog = useCatalog();
  return (
    <>
      <h1 tabIndex={-1}>Exempel</h1>
      <p className="rule-description">
        Varje regels exempel på en text som bryter mot riktlinjen och en som följer den. Markeringarna kommer från Postkolls granskning
        just nu. Växla mellan <strong>Före</strong> och <strong>Efter</strong>, visa exemplen i presentationsläget eller öva själv.
      </p>
      {catalog.status === 'loading' && <p role="status">Hämtar reglerna …</p>}
      {catalog.status === 'error' && <p className="notice error">{catalog.message}</p>}
      {catalog.status === 'done' && <Gallery catalog={catalog.data} />}
    </>
  );
}

function Gallery({ catalog }: { catalog: Catalog }) {
  const [params, setParams] = useSearchParams();
  // The filters live in state and are mirrored into the address, so a trainer can link to a selection.
  const [query, setQuery] = useState(() => params.get('sok') ?? '');
  const [category, setCategory] = useState<Category | 'all'>(() => {
    const value = params.get('kategori');
    return isCategory(value) ? value : 'all';
  });
  const [presenting, setPresenting] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const next = new URLSearchParams();
    if (query) next.set('sok', query);
    if (category !== 'all') next.set('kategori', category);
    if (next.toString() !== new URLSearchParams(window.location.search).toString()) setParams(next, { replace: true });
  }, [query, category, setParams]);

  const visible = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return catalog.rules.filter((rule) => (category === 'all' || rule.category === category) && matches(rule, words));
  }, [catalog.rules, query, category]);
  const groups = byCategory(visible);
  const items: PresentationItem[] = useMemo(() => byCategory(visible).flatMap((group) => group.items.flatMap((rule) => rule.examples.map((_, index) => ({ rule, index })))), [visible]);
  const exampleCount = items.length;

  const present = useCallback(
    (ruleId: string, index: number, from: HTMLElement) => {
      opener.current = from;
      setPresenting(Math.max(0, items.findIndex((item) => item.rule.id === ruleId && item.index === index)));
    },
    [items],
  );
  const stopPresenting = useCallback(() => {
    setPresenting(null);
    // Back to where the trainer started, once the page is interactive again.
    requestAnimationFrame(() => opener.current?.focus());
  }, []);

  return (
    <>
      <div role="search" className="gallery-tools" aria-label="Sök och filtrera exemplen">
        <div>
          <label htmlFor="gallery-search">Sök</label>
          <input id="gallery-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="t.ex. personnummer eller hashtagg" />
        </div>
        <div>
          <label htmlFor="gallery-category">Kategori</label>
          <select id="gallery-category" value={category} onChange={(event) => setCategory(isCategory(event.target.value) ? event.target.value : 'all')}>
            <option value="all">Alla kategorier</option>
            {categoryOrder.map((id) => (
              <option key={id} value={id}>
                {categoryName[id]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary"
          disabled={exampleCount === 0}
          onClick={(event) => {
            opener.current = event.currentTarget;
            setPresenting(0);
          }}
        >
          Starta presentation
        </button>
      </div>
      <p role="status" className="gallery-count">
        {visible.length === 0
          ? 'Inga exempel matchar sökningen.'
          : `Visar ${visible.length} ${visible.length === 1 ? 'regel' : 'regler'} med ${exampleCount} exempel.`}
      </p>
      <SeverityLegend />
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`kategori-${group.category}`} className="gallery-category">
          <h2 id={`kategori-${group.category}`}>{categoryName[group.category]}</h2>
          {group.items.map((rule) => (
            <section key={rule.id} className="gallery-rule" data-rule-id={rule.id} aria-labelledby={`regel-${rule.id}`}>
              <div className="gallery-rule-head">
                <h3 id={`regel-${rule.id}`}>{rule.title}</h3>
                <SeverityBadge severity={rule.severity} />
                <Link to={`/regler/${encodeURIComponent(rule.id)}`}>
                  Om regeln<span className="visually-hidden"> {rule.title}</span>
                </Link>
              </div>
              <div className="example-grid">
                {rule.examples.map((_, index) => (
                  <ExampleCard key={index} rule={rule} index={index} catalog={catalog} headingLevel={4} onPresent={present} />
                ))}
              </div>
            </section>
          ))}
        </section>
      ))}
      {presenting !== null && items.length > 0 && <Presentation items={items} start={Math.min(presenting, items.length - 1)} catalog={catalog} onClose={stopPresenting} />}
    </>
  );
}
