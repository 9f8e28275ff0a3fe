import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getProfile } from '../api/client.ts';
import type { ResolvedProfile } from '../../../rules/profile/schema.ts';
import { unitLabels } from '../../../rules/vocabulary.ts';
import { getProfiles } from '../rules/api.ts';
import { getCatalog, useLoaded, type Catalog } from '../rules/useRules.ts';
import { byCategory, categoryName } from '../rules/labels.ts';
import { SeverityBadge } from '../rules/SeverityBadge.tsx';
import { Periods } from '../rules/Periods.tsx';
import { ProfilePicker } from '../editor/ProfilePicker.tsx';
import '../rules/rules.css';
import '../rules/profile.css';


const number = (value: number) => value.toLocaleString('sv-SE');

function formatValue(value: unknown): ReactNode {
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.length === 0 ? '(tom lista)' : value.join(', ');
  return <code>{JSON.stringify(value)}</code>;
}

/** Read-only view of a guideline profile: what the kommun has decided. */
export function ProfilePage() {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('profil');
  const state = useLoaded(async () => {
    const [profiles, catalog] = await Promise.all([getProfiles(), getCatalog()]);
    const id = profiles.find((profile) => profile.id === wanted)?.id ?? profiles.find((profile) => profile.default)?.id ?? profiles[0]?.id;
    if (!id) throw new Error('Servern har ingen profil.');
    return { profiles, catalog, profile: await getProfile(id) };
  }, [wanted]);

  return (
    <>
      <h1 tabIndex={-1}>Kommunens inställningar</h1>
      <p className="rule-description">
        Här syns vad kommunen har bestämt i sin profil för Postkoll: vilka regler som gäller och hur strängt, gränsvärden, kanaler och
        vilka uppgifter som är kommunens egna och därför får stå i ett inlägg. Sidan går bara att läsa; profilen ändras i en fil på servern.
      </p>
      {state.status === 'loading' && <p role="status">Hämtar profilen …</p>}
      {state.status === 'error' && <p className="notice error">{state.message}</p>}
      {state.status === 'done' && (
        <>
          <ProfilePicker profiles={state.data.profiles} value={state.data.profile.id} onChange={(id) => setParams({ profil: id }, { replace: true })} label="Visa profil" />
          <ProfileView profile={state.data.profile} catalog={state.data.catalog} isDefault={state.data.profiles.find((p) => p.id === state.data.profile.id)?.default ?? false} />
          <Periods
            periods={state.data.profile.periods}
            inForce={state.data.profile.periodsInForce}
            catalog={state.data.catalog}
            optionsOf={(id) => state.data.profile.rules[id]?.options ?? {}}
          />
        </>
      )}
    </>
  );
}

function ProfileView({ profile, catalog, isDefault }: { profile: ResolvedProfile; catalog: Catalog; isDefault: boolean }) {
  const org = profile.organisation;
  const rules = catalog.rules.filter((rule) => profile.rules[rule.id]);
  const on = rules.filter((rule) => profile.rules[rule.id]!.severity !== 'off').length;
  const channels = Object.values(profile.channels);
  const lists: Array<[string, string[]]> = [
    ['Telefonnummer', org.phones],
    ['E-postdomäner', org.emailDomains.map((domain) => `@${domain}`)],
    ['Funktionsadresser (tillåtna före @)', org.roleAddresses.map((local) => `${local}@`)],
    ['Gironummer', org.giroNumbers],
    ['Adresser', org.addresses],
    ['Fasta hashtaggar (skrivs exakt så här)', org.fixedHashtags],
    ['Så kallar sig organisationen', org.selfNames],
  ];
  const gazetteer: Array<[string, string[]]> = [
    ['Platser', profile.gazetteer.places],
    ['Enheter', profile.gazetteer.units],
    ['Byggnader', profile.gazetteer.buildings],
    ['Företag', profile.gazetteer.companies],
    ['Offentliga roller', profile.gazetteer.publicRoles],
    ['Lokala partier', profile.localParties],
    ['Egna ord som stavningskontrollen godtar', profile.vocabulary],
  ];

  return (
    <>
      <h2>{profile.name}</h2>
      <dl className="rule-facts">
        <dt>Profilens id</dt>
        <dd>
          <code>{profile.id}</code>
          {isDefault && ' (standardprofil)'}
        </dd>
        <dt>Organisation</dt>
        <dd>{org.name}</dd>
        {org.website && (
          <>
            <dt>Webbplats</dt>
            <dd>{org.website}</dd>
          </>
        )}
        <dt>Regler</dt>
        <dd>
          {on} av {rules.length} påslagna
        </dd>
        <dt>Standardkanaler</dt>
        <dd>{profile.defaultChannels.map((id) => profile.channels[id]?.name ?? id).join(', ')}</dd>
        <dt>Utkast för granskning sparas</dt>
        <dd>{profile.retentionDays} dagar efter senaste aktivitet</dd>
      </dl>

      <h2>Regler och gränsvärden</h2>
      {byCategory(rules).map((group) => (
        <section key={group.category} aria-labelledby={`profil-${group.category}`}>
          <h3 id={`profil-${group.category}`}>{categoryName[group.category]}</h3>
          <div className="table-scroll">
            <table className="profile-table rules-table">
              <thead>
                <tr>
                  <th scope="col">Regel</th>
                  <th scope="col">Nivå</th>
                  <th scope="col">Gränsvärden och inställningar</th>
                  <th scope="col">Kommunens riktlinje</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((rule) => {
                  const setting = profile.rules[rule.id]!;
                  const options = Object.entries(setting.options);
                  return (
                    <tr key={rule.id} data-rule-id={rule.id} className={setting.severity === 'off' ? 'is-off' : undefined}>
                      <th scope="row">
                        <Link to={`/regler/${encodeURIComponent(rule.id)}`}>{rule.title}</Link>
                        <br />
                        <code className="rule-id">{rule.id}</code>
                      </th>
                      <td>
                        <SeverityBadge severity={setting.severity} />
                      </td>
                      <td>
                        {options.length === 0 ? (
                          <span className="muted">Inga</span>
                        ) : (
                          <dl className="option-list">
                            {options.map(([key, value]) => (
                              <div key={key}>
                                <dt>
                                  <code>{key}</code>
                                </dt>
                                <dd>{formatValue(value)}</dd>
                              </div>
                            ))}
                          </dl>
                        )}
                      </td>
                      <td>{setting.guidelineRef ?? <span className="muted">Inte angiven</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <h2>Kanaler</h2>
      <div className="table-scroll">
        <table className="profile-table">
          <thead>
            <tr>
              <th scope="col">Kanal</th>
              <th scope="col">Högst</th>
              <th scope="col">Rekommenderat</th>
              <th scope="col">Syns före ”mer”</th>
              <th scope="col">Hashtaggar (högst / rekommenderat)</th>
              <th scope="col">Länkar</th>
              <th scope="col">Alternativtext</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.id} data-channel-id={channel.id}>
                <th scope="row">
                  {channel.name}
                  {profile.defaultChannels.includes(channel.id) && <span className="muted"> (standard)</span>}
                </th>
                <td>
                  {number(channel.limit)} {unitLabels[channel.unit]}
                  {channel.byteLimit !== undefined && ` och ${number(channel.byteLimit)} byte`}
                </td>
                <td>
                  {number(channel.recommendedLength)} {unitLabels[channel.unit]}
                </td>
                <td>
                  {channel.foldChars === null && channel.foldLines === null
                    ? 'hela texten'
                    : [channel.foldChars !== null ? `${number(channel.foldChars)} tecken` : null, channel.foldLines !== null ? `${channel.foldLines} rader` : null].filter(Boolean).join(' eller ')}
                </td>
                <td>
                  {channel.hashtagMax ?? 'ingen gräns'} / {channel.hashtagRecommended ?? '–'}
                </td>
                <td>
                  {channel.linksClickable ? 'klickbara' : 'inte klickbara'}
                  {channel.linkMax !== null && `, högst ${channel.linkMax}`}
                </td>
                <td>{channel.altTextLimit === null ? 'inget fält' : `högst ${number(channel.altTextLimit)} tecken`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Kommunens egna uppgifter</h2>
      <p>Reglerna om personuppgifter markerar inte de här uppgifterna: de är kommunens, inte enskilda personers.</p>
      <NamedLists lists={lists} />

      <h2>Namn som inte är personer</h2>
      <p>Platser, enheter och byggnader som reglerna inte ska ta för namn på privatpersoner, och ord som stavningskontrollen godtar.</p>
      <NamedLists lists={gazetteer} />
    </>
  );
}

function NamedLists({ lists }: { lists: Array<[string, string[]]> }) {
  return (
    <dl className="named-lists">
      {lists.map(([title, items]) => (
        <div key={title}>
          <dt>{title}</dt>
          <dd>{items.length === 0 ? <span className="muted">Inga</span> : <ul>{items.map((item, index) => <li key={`${index}-${item}`}>{item}</li>)}</ul>}</dd>
        </div>
      ))}
    </dl>
  );
}
