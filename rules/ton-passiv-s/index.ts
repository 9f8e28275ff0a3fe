import { defineRule } from '../core/define.ts';
import { atSentenceStart } from '../core/lexicon/index.ts';
import { contextOf, type TextContext, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { dictionaryStems, swedishDictionary } from '../spelling/dictionary.ts';
import { data } from './deponens.schema.ts';

// Never a subject of our own: the passive may hide the reader, the organisation or a court ("dömdes").
const message = '"{match}" säger inte vem som gör något. Skriv hellre med aktivt verb ("{aktiv}") och tala om vem som gör det.';
const deponents = new Set(data.verbs.flat());
const modals = new Set(data.modals);
const adverbs = new Set(data.adverbs);
const genitiveBefore = new Set(data.genitiveBefore);
const notAgent = new Set(data.notAgent);
const notPassive = new Set(data.notPassive);
// Multi-word markers ("i förskott") as word sequences.
const instructionMarkers = data.instructionMarkers.map((marker) => marker.split(' '));
// Definite genitives ("kommunens", "barnets", "elevernas") are never passives.
const genitive = /(?:ens|ets|rnas|ns)$/u;

interface Passive {
  token: Token;
  /** The active form: present ("skickar"), past ("skickade"), supine ("skickat") or, after a modal, infinitive. */
  active: string;
  infinitive: string;
  /** Present tense ("skickas", "betalas", "görs"), not past ("skickades") or supine ("skickats"). */
  present: boolean;
}

export default defineRule(
  {
    id: 'ton-passiv-s',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    // A list rule that flags the same word ("erfordras" → "krävs") has the better fix: one finding, one rule.
    yieldsTo: ['klar-svarta-listan', 'klar-alderdomliga-ord'],
    title: 'Passiv form (s-passiv)',
    description:
      'Myndigheternas skrivregler: "Välj helst aktiv form av verben". Passiv kan göra meningen tvetydig och tonen stel. Undvik två passiva verb i rad. I sociala medier: "aktiva verb (jag skriver, inte det skrivs)". Regeln tar upp passiv som döljer vem som gör något: efter ska, kan, måste, kommer att och liknande ("ansökan ska skickas in"), instruktioner i presens med tidsgräns, kanal eller betalsätt ("ansökan skickas in senast 1 mars", "avgiften betalas i förskott"), opersonlig passiv ("det föreslås") och två passiva verb i rad (varning). Berättande passiv ("skolan byggdes 1965") och verb som bara finns med -s (finns, hoppas, trivs, behövs …) flaggas inte, och inte heller passiv där den som gör något nämns ("av nämnden").',
    basis: ['Myndigheternas skrivregler §1.3.3 och §2.3'],
    examples: [
      {
        bad: 'Ansökningar ska skickas in senast 1 mars och kommer att behandlas löpande.',
        good: 'Skicka in din ansökan senast 1 mars. Vi går igenom ansökningarna löpande.',
        findings: [
          { actual: 'ska skickas', severity: 'info' },
          { actual: 'kommer att behandlas', severity: 'info' },
        ],
      },
      {
        // An instruction in the present tense: a deadline or a way to pay right after the passive.
        bad: 'Ansökan skickas in senast den 1 mars via e-tjänsten.',
        good: 'Skicka in din ansökan senast den 1 mars via e-tjänsten. Biblioteket byggs om under våren.',
        findings: [
          { actual: 'skickas', severity: 'info' },
        ],
      },
      {
        bad: 'Det föreslås inrättas en ny förskola i Noltorp.',
        good: 'Vi föreslår en ny förskola i Noltorp.',
        findings: [
          { actual: 'föreslås inrättas', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => {
    const dictionary = swedishDictionary();
    const stems = dictionaryStems();
    const known = (word: string) => word.length >= 2 && dictionary.correct(word);
    const analysed = new Map<string, Omit<Passive, 'token'> | null>();
    // A verb stem has a past tense ("stäng" → "stängde", "läs" → "läste"); "dag" (dager, daga) and "år" (åra) do not.
    const hasPast = (stem: string) => known(`${stem}de`) || known(`${stem}te`) || known(`${stem}dde`);

    /**
     * Whether a lowercase word is an s-passive of a verb the dictionary knows, and its active forms.
     * The dictionary decides: the form without -s must be a verb form ("skicka" with "skickar"), and
     * the word itself must not be a headword ("kurs", "annars", "finnas").
     */
    function analyse(word: string): Omit<Passive, 'token'> | null {
      if (analysed.has(word)) return analysed.get(word)!;
      let result: Omit<Passive, 'token'> | null = null;
      if (word.length >= 4 && word.endsWith('s') && !deponents.has(word) && !notPassive.has(word) && !stems.has(word) && !genitive.test(word)) {
        const base = word.slice(0, -1);
        if (base.endsWith('ade') && known(base) && known(base.slice(0, -2))) {
          result = { active: base, infinitive: base.slice(0, -2), present: false };
        } else if ((base.endsWith('de') || base.endsWith('te')) && known(base) && known(`${base.slice(0, -2)}a`)) {
          result = { active: base, infinitive: `${base.slice(0, -2)}a`, present: false };
        } else if (base.endsWith('at') && known(base) && known(base.slice(0, -1)) && known(`${base.slice(0, -1)}r`)) {
          result = { active: base, infinitive: base.slice(0, -1), present: false };
        } else if (base.endsWith('a') && known(base) && known(`${base}r`)) {
          result = { active: `${base}r`, infinitive: base, present: true };
        } else if (word.endsWith('es') && known(`${word.slice(0, -2)}er`) && known(`${word.slice(0, -2)}a`) && hasPast(word.slice(0, -2))) {
          result = { active: `${word.slice(0, -2)}er`, infinitive: `${word.slice(0, -2)}a`, present: true };
        } else if (/[^aeiouyåäö]$/u.test(base) && !base.endsWith('r') && known(`${base}er`) && known(`${base}a`) && hasPast(base)) {
          result = { active: `${base}er`, infinitive: `${base}a`, present: true };
        } else if (base.endsWith('r') && known(base) && known(`${base}a`) && (hasPast(base) || base.endsWith('gör'))) {
          result = { active: base, infinitive: `${base}a`, present: true };
        } else if (/[eåo]$/u.test(base) && base.length >= 2 && known(`${base}r`)) {
          result = { active: `${base}r`, infinitive: base, present: true };
        }
      }
      if (analysed.size > 20_000) analysed.clear();
      analysed.set(word, result);
      return result;
    }

    function passiveAt(context: TextContext, index: number): Passive | null {
      const token = context.tokens[index];
      if (!token || token.kind !== 'word' || token.lower.charCodeAt(token.lower.length - 1) !== 115) return null;
      if (token.value !== token.lower && !atSentenceStart(context, index)) return null;
      const found = analyse(token.lower);
      if (!found) return null;
      const previous = context.tokens[index - 1];
      // "nästa veckas program", "tre års erfarenhet": a genitive, not a passive.
      if (previous && previous.sentence === token.sentence && (genitiveBefore.has(previous.lower) || previous.kind === 'number')) return null;
      return { token, ...found };
    }

    /** "… behandlas av nämnden": the agent is named; "stängs av på måndag" is a particle. */
    function agentNamed(tokens: Token[], index: number): boolean {
      const sentence = tokens[index]!.sentence;
      for (let next = index + 1; next <= index + 3 && next < tokens.length; next++) {
        const token = tokens[next]!;
        if (token.sentence !== sentence) return false;
        if (token.lower !== 'av') continue;
        const after = tokens[next + 1];
        return after !== undefined && after.sentence === sentence && after.kind === 'word' && !notAgent.has(after.lower);
      }
      return false;
    }

    /** "Det föreslås …", "Nu erfordras det …": an impersonal passive, with no one acting at all. */
    function impersonal(tokens: Token[], index: number): boolean {
      const sentence = tokens[index]!.sentence;
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      return (before?.sentence === sentence && before.lower === 'det') || (after?.sentence === sentence && after.lower === 'det');
    }

    /**
     * "Ansökan skickas in senast 1 mars", "Avgiften betalas i förskott": a present-tense passive near the
     * start of a sentence with a deadline, a channel or a way to pay right after it, an instruction whose
     * doer (the reader) is hidden. Narrative and descriptive passives lack the marker.
     */
    function instruction(tokens: Token[], passive: Passive): boolean {
      if (!passive.present) return false;
      const { index, sentence } = passive.token;
      let wordsBefore = 0;
      for (let at = index - 1; at >= 0 && tokens[at]!.sentence === sentence; at--) {
        if (tokens[at]!.kind !== 'word' || ++wordsBefore > 3) return false;
      }
      if (wordsBefore === 0) return false;
      for (let at = index + 1; at <= index + 4 && tokens[at]?.sentence === sentence; at++) {
        if (instructionMarkers.some((marker) => marker.every((word, offset) => tokens[at + offset]?.sentence === sentence && tokens[at + offset]!.lower === word))) return true;
      }
      return false;
    }

    /** The modal (with "att" and adverbs) that governs the word at `index`: "ska skickas", "kommer att behandlas". */
    function modalBefore(tokens: Token[], index: number): number | undefined {
      const sentence = tokens[index]!.sentence;
      let at = index - 1;
      while (at >= 0 && tokens[at]!.sentence === sentence && adverbs.has(tokens[at]!.lower) && at > index - 3) at--;
      const token = tokens[at];
      if (!token || token.sentence !== sentence) return undefined;
      if (modals.has(token.lower)) return at;
      if (token.lower === 'att' && tokens[at - 1]?.lower === 'kommer' && tokens[at - 1]!.sentence === sentence) return at - 1;
      return undefined;
    }

    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      for (let index = 0; index < tokens.length; index++) {
        const passive = passiveAt(context, index);
        if (!passive) continue;
        const second = passiveAt(context, index + 1);
        const last = second ?? passive;
        if (agentNamed(tokens, last.token.index)) {
          index = last.token.index;
          continue;
        }
        const modal = modalBefore(tokens, index);
        // Myndigheternas skrivregler §1.3.3: the passive is a problem where it hides who acts, above all in
        // instructions and decisions ("ska skickas in", "kommer att behandlas", "det föreslås"). A narrative
        // passive ("föddes", "stängdes", "dömdes") or a description ("tillämpas") is left alone.
        if (modal === undefined && !second && !impersonal(tokens, index) && !instruction(tokens, passive)) {
          index = last.token.index;
          continue;
        }
        const start = modal === undefined ? passive.token.start : tokens[modal]!.start;
        const end = last.token.end;
        const lead = modal === undefined ? '' : `${text.slice(tokens[modal]!.start, tokens[index - 1]!.end)} `;
        const perfect = modal !== undefined && (tokens[modal]!.lower === 'har' || tokens[modal]!.lower === 'hade');
        const active = modal === undefined ? passive.active : `${lead}${perfect ? passive.active : passive.infinitive}`;
        report(file, settings, {
          start,
          end,
          message: format(message, { match: text.slice(start, end), aktiv: second ? `${active} att ${second.infinitive}` : active }),
          // Two passives in a row ("föreslås inrättas") are worse.
          shift: second ? 1 : 0,
        });
        index = last.token.index;
      }
    };
  },
);
