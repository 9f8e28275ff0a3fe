import { defineRule } from '../core/define.ts';
import { contextOf, type TextContext } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { bySegment, hintsOf, isLectureTopic, isWorkContext, peopleOf, preparePeople, type Identifier } from '../analysis/people/index.ts';
import { isCompoundFirstPart } from '../spelling/dictionary.ts';
import type { LexiconMatch } from '../core/lexicon/index.ts';
import data from './keywords.json' with { type: 'json' };

interface Category {
  id: string;
  label: string;
  exclude: string[];
  uppercaseOnly: Set<string>;
}

const strong = new Set<Identifier['kind']>(['full-name', 'possessive', 'role-place', 'family']);
const treatment = /behandling|medicin|terapi|vaccin|kampen|operation/u;
const releasedThings = /(?:filmen|boken|skivan|albumet|låten|singeln|spelet|serien|rapporten|numret|tidningen|appen|versionen|produkten|nyheten|resultatet|biljetterna|listan)$/u;
const organisationHeads = /^(?:fack)?förbund(?:et|ets)?$|^(?:förening|stiftelse|skola|tidning|akademi|högskola|universitet|sjukhus|institut)(?:en|et|ens|ets|n|ns)?$/u;
const pluralDefinite = /(?:arna|orna|erna|arnas|ornas|ernas)$/u;

type KeywordMatch = LexiconMatch & { head?: string };

/**
 * Health words as the head of a compound the list does not name: "barncancer", "hjärncancern",
 * "förlossningsdepression", "pälsdjursallergi". The head is a listed single word (a stem of at least
 * five letters: "sjuk" is too short to tell "barnsjukhuset" from an illness) and the first part a
 * word or compound part the dictionary knows. Some heads are health only in a compound
 * (`compoundHeads`: "knäoperationen", "starroperationen", but not "operationen" alone, which may be a
 * rescue's or the police's), and not after a first part that names such an operation (`notHealthParts`:
 * "räddningsoperationen", "byggoperationen").
 */
function compoundFinder() {
  const health = data.entries.find((entry) => entry.tag === 'halsa')!;
  const compoundOnly = new Set<string>(health.compoundHeads ?? []);
  const heads = [...health.forms, ...compoundOnly].filter((form) => !form.includes(' ') && !form.includes('-') && form.replace('*', '').length >= 5);
  const notHealth = health.notHealthParts ?? [];
  const closed = new Set(heads.filter((form) => !form.endsWith('*')));
  const open = new Set(heads.filter((form) => form.endsWith('*')).map((form) => form.slice(0, -1)));
  const openLengths = [...new Set([...open].map((stem) => stem.length))];
  // Every head's first four letters: a cheap test before the lookups, since most words hold no head.
  const starts = new Set(heads.map((form) => form.slice(0, 4)));
  /** The listed form that `rest` is (or, for a stem, starts with), if any. */
  const headOf = (rest: string) => {
    if (closed.has(rest)) return rest;
    for (const length of openLengths) if (rest.length >= length && open.has(rest.slice(0, length))) return `${rest.slice(0, length)}*`;
    return undefined;
  };
  // Only the tag is read from a match's entry (the category).
  const entry: LexiconMatch['entry'] = { tag: health.tag, forms: {} };
  return (context: TextContext, listed: LexiconMatch[]): KeywordMatch[] => {
    const covered = new Set(listed.map((match) => match.firstToken));
    const found: KeywordMatch[] = [];
    for (const token of context.tokens) {
      if (token.kind !== 'word' || token.lower.length < 8 || covered.has(token.index)) continue;
      for (let split = 3; split <= token.lower.length - 5; split++) {
        if (!starts.has(token.lower.slice(split, split + 4))) continue;
        const rest = token.lower.slice(split);
        const head = headOf(rest);
        const first = token.lower.slice(0, split);
        if (head === undefined || !isCompoundFirstPart(first)) continue;
        if (compoundOnly.has(head) && notHealth.some((part) => first.endsWith(part) || first.endsWith(`${part}s`))) continue;
        found.push({ start: token.start, end: token.end, firstToken: token.index, lastToken: token.index + 1, entry, form: head, fix: null, actual: token.value, head: rest });
        break;
      }
    }
    return found;
  };
}

/**
 * Severity (rules.md: "error when a personal name, a relation word or an identifying detail is within
 * the same sentence; info otherwise"), made exact for Postkoll:
 * - error: a full name, a possessive relation ("hennes son", "vår kollega Kim"), a role plus place
 *   ("en elev på Noltorpsskolan") or a family name ("familjen Andersson") in the same sentence;
 * - warning: only a first name in the same sentence, or han/hon/hen in the sentence right after one
 *   that identifies someone;
 * - info: someone is identifiable elsewhere in the post;
 * - nothing: no identifiable person at all (general information such as "Influensavaccinationen startar").
 * A keyword used as a topic ("föreläser om att leva med demens", "vaccin mot covid", "elever med
 * autism", "alla asylsökande") or about someone's job ("jobbar inom LSS") is not an attribute of a
 * person and is skipped.
 */
export default defineRule(
  {
    id: 'pd-kanslig-kategori',
    category: 'personal-data',
    severity: 'error',
    title: 'Känslig personuppgift om en identifierbar person',
    description:
      'Känsliga personuppgifter är uppgifter om etniskt ursprung, politiska åsikter, religiös eller filosofisk övertygelse, medlemskap i fackförening, hälsa, sexualliv eller sexuell läggning, genetiska uppgifter och biometriska uppgifter. Det är som huvudregel förbjudet att behandla dem (GDPR art. 9). Regeln reagerar bara när en person går att identifiera: ett för- och efternamn, ett förnamn, en relation ("hennes son", "vår kollega") eller en roll på en plats ("en elev på Noltorpsskolan"). Allmän information, som att influensavaccinationen startar, flaggas inte.',
    basis: ['GDPR art. 9', 'IMY: Känsliga personuppgifter', 'Lag (2018:218) 3 kap.'],
    languages: ['sv'],
    lists: { keywords: data },
    examples: [
      {
        bad: 'Vi välkomnar tillbaka vår kollega Sara Lind efter hennes sjukskrivning för utmattning!',
        good: 'Vi välkomnar tillbaka vår kollega Sara Lind!',
        findings: [
          { actual: 'sjukskrivning', severity: 'error' },
        ],
      },
      {
        bad: 'En elev på Noltorpsskolan har fått diagnosen diabetes, så tänk på vad ni skickar med i matlådan.',
        good: 'Influensavaccinationen startar i oktober. Boka tid via 1177.',
        findings: [
          { actual: 'diagnosen', severity: 'error' },
        ],
      },
      {
        bad: 'Grattis till Ahmed Hassan som konverterat och nu firar sin första ramadan!',
        good: 'Ramadan börjar i morgon. Vi önskar alla som firar Ramadan Kareem!',
        findings: [
          { actual: 'konverterat', severity: 'error' },
        ],
      },
      { bad: 'Vi hälsar vår kollega Maria Sandberg lycka till med strålbehandlingen mot bröstcancer!', good: 'Många får diabetes utan att veta om det, säger Anna Berg, distriktssköterska på vårdcentralen.', findings: [{ actual: 'strålbehandlingen', severity: 'error' }] },
      // A listed health word as the head of a compound: "pälsdjursallergi" (allergi), "hjärncancer" (cancer).
      { bad: 'Vår kollega Kim Ek har pälsdjursallergi, så lämna husdjuren hemma.', good: 'Flera barn på förskolan har pälsdjursallergi, så lämna husdjuren hemma.', findings: [{ actual: 'pälsdjursallergi', severity: 'error' }] },
      // Surgery, in a compound or a verb: "knäoperationen", "opereras"; a rescue's or a building project's operation is none.
      {
        bad: 'Vi önskar Maria Holm snabb återhämtning efter knäoperationen i fredags.',
        good: 'Räddningstjänsten ledde räddningsoperationen vid Mjörn i natt, berättar insatschef Anders Björk.',
        findings: [{ actual: 'knäoperationen', severity: 'error' }],
      },
      { bad: 'Birgitta Ahlström ska opereras för sin höft nästa vecka.', good: 'Simon Berg leder byggoperationen vid nya skolan i Noltorp.', findings: [{ actual: 'opereras', severity: 'error' }] },
      // "Operationen" on its own only before a body part; the active past "opererade" not before a place ("i området").
      { bad: 'Vi hälsar Tomas Lind lycka till inför operationen av axeln på måndag.', good: 'Polisen ledde operationen i centrum, säger polisinspektör Mia Ek.', findings: [{ actual: 'operationen av axeln', severity: 'error' }] },
      { bad: 'Läkarna opererade Sofia Berg i natt och hon vilar nu.', good: 'Specialstyrkan opererade i Mali, berättar major Erik Holm.', findings: [{ actual: 'opererade', severity: 'error' }] },
      // In hospital, without article: someone's care; "ligger på sjukhuset" may be where a reception is.
      { bad: 'Tack till Eva Lund som ligger på sjukhus men ändå skickade en hälsning.', good: 'Mottagningen där Anna Berg jobbar ligger på sjukhuset i Alingsås.', findings: [{ actual: 'ligger på sjukhus', severity: 'error' }] },
      { bad: 'Siobhan Murphy är sjukskriven sedan i måndag.', good: 'Rektor Anna Berg berättar att många elever har adhd.', findings: [{ actual: 'sjukskriven', severity: 'error' }] },
    ],
  },
  (settings) => {
    // An entry with a label is a category: its tag is the id, its own fields the label and exceptions.
    // Further entries of the same tag only add forms that carry guards of their own ("operationen av"
    // only before a body part).
    const categories = new Map<string, Category>();
    for (const entry of data.entries) {
      if (entry.label === undefined || entry.exclude === undefined || categories.has(entry.tag)) continue;
      categories.set(entry.tag, { id: entry.tag, label: entry.label, exclude: entry.exclude.map((value) => value.toLowerCase()), uppercaseOnly: new Set((entry as { uppercaseOnly?: string[] }).uppercaseOnly ?? []) });
    }
    const list = settings.lists.keywords!;
    const topicWords = new Set(data.topicWords);
    const groupNouns = new Set(data.groupNouns);
    preparePeople(settings.profile);
    const compounds = compoundFinder();

    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      const listed = list.find(context);
      // Compounds are looked for only where someone could be identified (the common post has no one).
      const hints = listed.length > 0 ? undefined : hintsOf(context);
      const maybeSomeone = !hints || hints.name || hints.family || hints.possessive || hints.age || hints.group;
      const compound = maybeSomeone ? compounds(context, listed) : [];
      // Both come in text order: only a mix needs sorting. Each hit is built field by field, not spread.
      const matches: KeywordMatch[] = compound.length === 0 ? listed : [...listed, ...compound].sort((a, b) => a.start - b.start);
      const found = matches.map((match) => {
        // A form that holds only before certain words is shown with that word: "operationen av ryggen".
        const shown = match.entry.onlyBefore ? tokens[match.lastToken]! : undefined;
        return {
          start: match.start,
          end: shown ? shown.end : match.end,
          firstToken: match.firstToken,
          lastToken: shown ? match.lastToken + 1 : match.lastToken,
          actual: shown ? text.slice(match.start, shown.end) : match.actual,
          head: match.head,
          phrase: match.form,
          data: categories.get(match.entry.tag!)!,
        };
      });
      if (found.length === 0) return;
      const people = peopleOf(context, settings.profile);
      // No one identifiable: nothing to report, however many keywords.
      if (people.identifiers.length === 0) return;
      const hits = found.filter((hit) => {
        const first = tokens[hit.firstToken]!;
        // A compound's head is checked as the word itself: "äldredemensboende" is a "demensboende".
        const headStart = hit.start + (hit.actual.length - (hit.head ?? hit.actual).length);
        const rest = text.slice(headStart, headStart + 40).toLowerCase();
        if (hit.data.exclude.some((prefix) => rest.startsWith(prefix))) return false;
        if (hit.data.uppercaseOnly.has(hit.phrase) && first.value !== first.value.toUpperCase()) return false;
        const previous = tokens[hit.firstToken - 1];
        if (previous?.kind === 'word' && previous.sentence === first.sentence) {
          // "vaccin mot covid" is a topic, "strålbehandlingen mot bröstcancer" someone's treatment.
          const beforePrevious = tokens[hit.firstToken - 2];
          if (topicWords.has(previous.lower) && !(previous.lower === 'mot' && beforePrevious && treatment.test(beforePrevious.lower))) return false;
          if (previous.lower === 'med' && beforePrevious && groupNouns.has(beforePrevious.lower)) return false;
          // The same with one adjective between: "personer med intellektuell funktionsnedsättning" is a group.
          const third = tokens[hit.firstToken - 3];
          if (beforePrevious?.lower === 'med' && beforePrevious.sentence === first.sentence && third && groupNouns.has(third.lower) && previous.value === previous.lower) return false;
        }
        // "filmen kom ut i september": a work comes out, not a person.
        if (previous?.kind === 'word' && hit.phrase.includes(' ut') && releasedThings.test(previous.lower)) return false;
        // An organisation's name that is no religious community, not anyone's faith or origin: "det
        // Katolska fackförbundet", "Islamiska förbundets skola" (a capitalised keyword inside the sentence before an organisation's head).
        const next = tokens[hit.lastToken];
        if (first.value !== first.lower && previous?.sentence === first.sentence && previous.kind === 'word' && next?.kind === 'word' && next.sentence === first.sentence && organisationHeads.test(next.lower)) return false;
        // A group, not a person: "de ensamkommande flyktingungdomarnas situation", "flyktingarna".
        if (pluralDefinite.test(first.lower)) return false;
        return !isWorkContext(context, people, hit.firstToken);
      });
      if (hits.length === 0) return;
      const identifiersIn = bySegment(people.identifiers);
      const someoneElsewhere = people.identifiers.some((identifier) => !identifier.staff && !identifier.source);
      const reported = new Set<string>();
      for (const hit of hits) {
        const segment = people.segmentOf[hit.firstToken]!;
        const key = `${segment}:${hit.data.id}`;
        if (reported.has(key) || isLectureTopic(context, people, hit.firstToken)) continue;
        // A person quoted or cited is a source, not the subject, unless the sentence goes on about them ("… berättar att hon …").
        const subject = (identifier: Identifier) => !identifier.source || people.pronounSegments.has(identifier.segment);
        const token = tokens[hit.firstToken]!;
        const here = (identifiersIn.get(segment) ?? []).filter((identifier) => subject(identifier) && !(identifier.start <= token.start && token.end <= identifier.end));
        const previous = (identifiersIn.get(segment - 1) ?? []).filter((identifier) => !identifier.source);
        let shift: number;
        if (here.some((identifier) => strong.has(identifier.kind))) shift = 0;
        else if (here.length > 0 || (previous.length > 0 && people.pronounSegments.has(segment))) shift = -1;
        else if (someoneElsewhere) shift = -2;
        else continue;
        reported.add(key);
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          message: format('Texten kan avslöja en känslig personuppgift ({kategori}: "{match}") om en identifierbar person. Ta bort uppgiften eller personens identitet.', {
            kategori: hit.data.label,
            match: text.slice(hit.start, hit.end),
          }),
          shift,
        });
      }
    };
  },
);
