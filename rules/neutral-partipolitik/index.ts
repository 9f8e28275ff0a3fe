import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import type { LexiconMatch } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { data } from './words.schema.ts';
import evaluativeWords from './evaluative.json' with { type: 'json' };
import decisionWords from './decisions.json' with { type: 'json' };

interface PartyHit {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  sentence: number;
}

const message = 'Kommunens kanaler ska vara partipolitiskt neutrala. Beskriv beslutet och vilket organ som fattade det, inte vilket parti som ska ha äran eller skulden.';

export default defineRule(
  {
    id: 'neutral-partipolitik',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: {
      evaluative: evaluativeWords,
      decisions: decisionWords,
    },
    severity: 'warning',
    title: 'Partipolitik i kommunens kanal',
    description:
      'Kommunen är en politiskt styrd organisation men förvaltningens kommunikation ska vara saklig och opartisk (regeringsformen 1 kap. 9 §). Flera kommuner hänvisar partipolitiska debatter till politiska forum och tar bort politiska budskap ur sina kanaler. Ett partinamn nära ett värderande ord ("tack vare", "äntligen", "skandal") eller en uppmaning att rösta blir ett fel. En saklig beskrivning av ett beslut där ett parti nämns som förslagsställare blir bara ett råd.',
    basis: ['Regeringsformen 1 kap. 9 § (saklighet och opartiskhet)', 'Ängelholm, Trelleborg och Kungsbacka: regler för sociala medier', 'Falkenbergs kommun: anvisningar för sociala medier'],
    examples: [
      {
        bad: 'Äntligen! Tack vare Moderaterna och Centerpartiet sänks taxan för förskolan.',
        good: 'Kommunfullmäktige har beslutat att sänka förskoletaxan från 1 juli.',
        findings: [
          { actual: 'Moderaterna och Centerpartiet', severity: 'error' },
        ],
      },
      {
        bad: 'Rösta på Socialdemokraterna i höst!',
        good: 'Nu kan du förtidsrösta i Stadshuset. Läs mer på alingsas.se/val',
        findings: [
          { actual: 'Socialdemokraterna', severity: 'error' },
        ],
      },
    ],
    options: z.strictObject({
      /** Tokens either side of a party name in which an evaluative word escalates to an error. */
      window: z.number().int().min(1).default(10),
    }),
  },
  (settings) => {
    const localParties = settings.profile.localParties.map((name) => name.toLowerCase());
    const parties = settings.lexicon.list({
      source: `${data.source} Local parties: the profile's localParties.`,
      entries: [
        { tag: 'party', forms: [...data.parties.flat(), ...localParties] },
        // "borgerliga partier", but not "majoriteten av eleverna" or "borgerlig vigsel" (a civil wedding).
        { tag: 'bloc', forms: data.bloc, notBefore: data.blocNotBefore },
      ],
    });
    const evaluative = settings.lists.evaluative!;
    const decisions = settings.lists.decisions!;
    const abbreviations = new Set(data.abbreviations);
    const { window } = settings.options;

    return (_tree, file) => {
      const context = contextOf(file);
      const partyHits = parties.find(context);
      if (partyHits.length === 0 && !context.text.includes('(')) return;
      const { tokens } = context;
      const found: PartyHit[] = [];
      for (const hit of partyHits) {
        found.push({ ...hit, sentence: tokens[hit.firstToken]!.sentence });
      }
      // "(S)", "(M)", "(KD)": capital letters in parentheses, as after a politician's name.
      for (let index = 1; index + 1 < tokens.length; index++) {
        const token = tokens[index]!;
        if (!abbreviations.has(token.value) || tokens[index - 1]!.value !== '(' || tokens[index + 1]!.value !== ')') continue;
        found.push({ start: tokens[index - 1]!.start, end: tokens[index + 1]!.end, firstToken: index - 1, lastToken: index + 2, sentence: token.sentence });
      }
      if (found.length === 0) return;
      found.sort((a, b) => a.start - b.start);

      const judgements = evaluative.find(context);
      const decisionSentences = new Set(decisions.find(context).map((hit) => tokens[hit.firstToken]!.sentence));
      const bySentence = new Map<number, PartyHit[]>();
      for (const hit of found) bySentence.set(hit.sentence, [...(bySentence.get(hit.sentence) ?? []), hit]);

      for (const [sentence, hits] of bySentence) {
        const near = judgements.find((judgement) =>
          hits.some((hit) => judgement.firstToken < hit.lastToken + window && judgement.lastToken > hit.firstToken - window),
        );
        const neutralReport = !near && decisionSentences.has(sentence);
        report(file, settings, {
          start: hits[0]!.start,
          end: hits.at(-1)!.end,
          shift: near ? 1 : neutralReport ? -1 : 0,
          message: near
            ? `${message} ${format(near.entry.tag === 'vote' ? 'Uppmaningen "{ord}" är valpropaganda.' : 'Ordet "{ord}" nära partinamnet gör texten värderande.', { ord: context.text.slice(near.start, near.end) })}`
            : message,
        });
      }
    };
  },
);
