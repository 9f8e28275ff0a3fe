import type { ResolvedPeriod } from '../../../rules/profile/schema.ts';
import type { Catalog } from './useRules.ts';
import { SeverityBadge } from './SeverityBadge.tsx';

const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** "1 mars 2026 – 13 september 2026" for a period's days (both included). */
export const periodDays = (period: Pick<ResolvedPeriod, 'start' | 'end'>) => `${longDate.format(new Date(`${period.start}T00:00:00Z`))} – ${longDate.format(new Date(`${period.end}T00:00:00Z`))}`;

interface Props {
  periods: ResolvedPeriod[];
  inForce: string[];
  catalog: Catalog;
  /** The profile's own option values, to show what a period changes. */
  optionsOf: (ruleId: string) => Record<string, unknown>;
}

const value = (item: unknown) => (typeof item === 'number' ? item.toLocaleString('sv-SE') : Array.isArray(item) ? item.join(', ') : String(item));

/** The profile's periods on /profil: when each holds and what it changes, and which hold today. */
export function Periods({ periods, inForce, catalog, optionsOf }: Props) {
  return (
    <section aria-labelledby="profil-perioder">
      <h2 id="profil-perioder">Perioder med egna regler</h2>
      {periods.length === 0 ? (
        <p>Profilen har inga perioder: reglerna gäller likadant hela året.</p>
      ) : (
        <>
          <p>Under en period skärps eller ändras några regler, till exempel inför ett val. Perioderna gäller från första till sista dagen, svensk tid.</p>
          <ul className="profile-periods">
            {periods.map((period) => (
              <li key={`${period.name}|${period.start}`} className="profile-period">
                <h3>
                  {period.name}
                  {inForce.includes(period.name) && <span className="period-now"> (gäller i dag)</span>}
                </h3>
                <p>{periodDays(period)}</p>
                {period.description && <p>{period.description}</p>}
                <ul>
                  {Object.entries(period.rules).map(([id, setting]) => {
                    const base = optionsOf(id);
                    const changed = Object.entries(setting.options).filter(([key, option]) => JSON.stringify(option) !== JSON.stringify(base[key]));
                    return (
                      <li key={id}>
                        <a href={`/regler/${id}`}>{catalog.rulesById.get(id)?.title ?? id}</a>: <SeverityBadge severity={setting.severity} />
                        {changed.length > 0 && ` – ${changed.map(([key, option]) => `${key} ${value(option)}`).join(', ')}`}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
