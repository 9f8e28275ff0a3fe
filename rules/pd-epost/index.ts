import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { isKnownFirstName } from '../analysis/people/index.ts';
import { data } from './addresses.schema.ts';

const fold = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

const personalSeparator = /[._]/;

/** A local part that names a person: "anna.svensson", "anna_s", "anna", "a.svensson". */
function looksPersonal(local: string): boolean {
  const parts = local.split(/[._-]/).filter(Boolean);
  if (parts.some((part) => isKnownFirstName(part))) return true;
  return personalSeparator.test(local) && parts.length >= 2 && parts.every((part) => /^\p{L}+$/u.test(part));
}

export default defineRule(
  {
    id: 'pd-epost',
    category: 'personal-data',
    severity: 'warning',
    title: 'Personlig e-postadress i texten',
    description:
      'En personlig e-postadress är en personuppgift. Funktionsadresser minskar risken och gör att ärenden hamnar rätt och kan diarieföras. Kommunens funktionsadresser (till exempel kontaktcenter@alingsas.se) flaggas inte. En personlig adress på kommunens egen domän (fornamn.efternamn@alingsas.se) är fortfarande en persons adress och får en upplysning. Adresser hos privata e-posttjänster (Gmail, Hotmail, Outlook …) flaggas som varning.',
    basis: ['GDPR art. 4.1 (personuppgift) och art. 5', 'Tryckfrihetsförordningen 2 kap. (allmänna handlingar)', 'Ängelholms och Valdemarsviks riktlinjer för sociala medier'],
    examples: [
      {
        bad: 'Frågor? Mejla anna.svensson@gmail.com.',
        good: 'Frågor? Mejla kontaktcenter@alingsas.se.',
        findings: [
          { actual: 'anna.svensson@gmail.com', severity: 'warning', expected: ['kontaktcenter@alingsas.se'] },
        ],
      },
      {
        bad: 'Skicka din ansökan till kalle.nilsson@alingsas.se senast 1 maj.',
        good: 'Skicka din ansökan till kontaktcenter@alingsas.se senast 1 maj.',
        findings: [
          { actual: 'kalle.nilsson@alingsas.se', severity: 'info', expected: ['kontaktcenter@alingsas.se'] },
        ],
      },
    ],
  },
  (settings) => {
    const organisation = settings.profile.organisation;
    const ownDomains = organisation.emailDomains.map(fold);
    const roles = new Set([...data.roleLocalParts, ...organisation.roleAddresses].map(fold));
    const freeMail = new Set(data.freeMailDomains);
    const replacement = organisation.roleAddresses[0] && organisation.emailDomains[0] ? [`${organisation.roleAddresses[0]}@${organisation.emailDomains[0]}`] : [];
    const isOwn = (domain: string) => ownDomains.some((own) => domain === own || domain.endsWith(`.${own}`));
    // The same addresses (the kommun's own) recur in post after post.
    const verdicts = new Map<string, number | null>();
    const verdict = (address: string): number | null => {
      const at = address.lastIndexOf('@');
      const local = fold(address.slice(0, at));
      const domain = fold(address.slice(at + 1));
      // null: not reported; otherwise the severity shift. A unit's name@ on the own domain is a role
      // address; first.last@ there is still a person's (info).
      if (isOwn(domain)) return roles.has(local) || !looksPersonal(local) ? null : -1;
      if (freeMail.has(domain)) return 0;
      return roles.has(local) || !looksPersonal(local) ? null : 0;
    };
    return (_tree, file) => {
      for (const source of contextOf(file).sources) {
        if (source.kind !== 'email') continue;
        const key = source.value.toLowerCase();
        if (!verdicts.has(key)) {
          if (verdicts.size > 1000) verdicts.clear();
          verdicts.set(key, verdict(source.value));
        }
        const shift = verdicts.get(key);
        if (shift === null || shift === undefined) continue;
        report(file, settings, {
          start: source.start,
          end: source.end,
          message: replacement.length > 0
            ? format('Texten innehåller en e-postadress ({match}). Använd en funktionsadress, till exempel {forslag}, i stället för en personlig adress.', { match: source.value, forslag: replacement[0]! })
            : format('Texten innehåller en e-postadress ({match}). Använd en funktionsadress i stället för en personlig adress.', { match: source.value }),
          expected: replacement,
          shift,
        });
      }
    };
  },
);
