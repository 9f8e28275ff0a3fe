import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../conllu.ts';
import { shippedLinter, alingsas } from '../../support/linter.ts';
import { parseSwedish } from '../../../rules/core/parse.ts';
import { buildContext } from '../../../rules/core/context.ts';
import { peopleOf } from '../../../rules/analysis/people/index.ts';
import type { LintMessage } from '../../../rules/core/linter.ts';
import set from '../sets/people.json' with { type: 'json' };
import type { EvalRow, EvalSection } from '../types.ts';
import { random } from '../random.ts';

/**
 * People and sensitive data (issue 14): posts naming a person with a sensitive category must be
 * flagged; organisations, places, quoted sources, staff in role and other bodies' numbers and
 * addresses must not be. First names come from the first-name database at run time, by country
 * column, so the set is never copied into the repo.
 */

const namesFile = '../shared/data/firstnames/firstnames.csv';
const perOrigin = 60;
const seed = 20261202;


const next = random(seed);
const pick = <T>(values: T[]): T => values[Math.floor(next() * values.length)]!;

interface Origin {
  columns?: string[];
  firstNames?: string[];
  surnames: string[];
}

/**
 * First names per origin, grouped by frequency class: the names the CSV gives a frequency in one of
 * the origin's columns. A sample takes a class at random, then a name in it, so rare names (class -8,
 * below 1 in 25,000) weigh as much as common ones.
 */
function firstNamesOf(origins: Record<string, Origin>): Map<string, string[][]> {
  const lines = readFileSync(namesFile, 'utf8').split('\n');
  const header = lines[0]!.split(';');
  const byOrigin = new Map<string, string[][]>();
  for (const [origin, data] of Object.entries(origins)) {
    if (data.firstNames) byOrigin.set(origin, [data.firstNames]);
    if (!data.columns) continue;
    const columns = data.columns.map((column) => header.indexOf(column));
    const classes = new Map<number, Set<string>>();
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      const name = cells[0]!;
      if (!name || name.includes('+')) continue;
      const frequency = Math.max(...columns.map((column) => (cells[column] ? Number(cells[column]) : -Infinity)));
      if (frequency === -Infinity) continue;
      classes.set(frequency, (classes.get(frequency) ?? new Set()).add(name));
    }
    byOrigin.set(origin, [...classes].sort(([a], [b]) => a - b).map(([, names]) => [...names].sort()));
  }
  return byOrigin;
}

const flaggingSeverities = new Set(['warning', 'error']);
const pdFindings = (messages: LintMessage[]) => messages.filter((message) => (message.ruleId.startsWith('pd-') || message.ruleId.startsWith('bild-')) && flaggingSeverities.has(message.severity));
const lint = (text: string, media = false) => shippedLinter.lintPost({ text, channels: [], media: media ? [{ type: 'image' }] : [] }).messages;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function fullName(origin: string, first: string, data: Origin): string {
  const surname = pick(data.surnames);
  // Now and then the forms a name takes in real text: an initial, a particle, a hyphenated surname.
  const form = next();
  if (form < 0.05) return `${first} ${String.fromCharCode(65 + Math.floor(next() * 26))} ${surname}`;
  if (form < 0.08 && origin === 'nordic') return `${first} ${pick(data.surnames)}-${surname}`;
  return `${first} ${surname}`;
}

const section: EvalSection = {
  name: 'People and sensitive data',
  async run(testdataDir) {
    const rows: EvalRow[] = [];
    const origins = set.origins as Record<string, Origin>;
    const names = firstNamesOf(origins);

    // 1. Names with a sensitive category.
    const perRule = new Map<string, number>();
    let total = 0;
    let flagged = 0;
    let nonNordic = 0;
    let nonNordicFlagged = 0;
    const misses: string[] = [];
    for (const [origin, data] of Object.entries(origins)) {
      const pool = names.get(origin)!;
      let originTotal = 0;
      let originFlagged = 0;
      for (let index = 0; index < perOrigin; index++) {
        const text = pick(set.sensitive).replace('{N}', fullName(origin, pick(pick(pool)), data));
        const found = pdFindings(lint(text));
        for (const rule of new Set(found.map((message) => message.ruleId))) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
        originTotal++;
        if (found.length > 0) originFlagged++;
        else if (misses.length < 12) misses.push(text);
      }
      total += originTotal;
      flagged += originFlagged;
      if (origin !== 'nordic') {
        nonNordic += originTotal;
        nonNordicFlagged += originFlagged;
      }
      rows.push({ metric: `names+sensitive flagged, ${origin} (%)`, value: percent(originFlagged, originTotal) });
    }
    rows.unshift(
      { metric: 'names+sensitive flagged, all (%)', value: percent(flagged, total), goal: '≥ 97', met: percent(flagged, total) >= 97 },
      { metric: 'names+sensitive flagged, not Nordic (%)', value: percent(nonNordicFlagged, nonNordic), goal: '≥ 95', met: percent(nonNordicFlagged, nonNordic) >= 95 },
    );
    for (const [rule, count] of [...perRule].sort()) rows.push({ metric: `  recall share by ${rule} (%)`, value: percent(count, total) });

    // 2. Organisations and places in the same kinds of posts.
    const orgRate = (organisations: string[]) => {
      let hits = 0;
      let count = 0;
      const wrong: string[] = [];
      for (const organisation of organisations) {
        for (const template of set.organisationTemplates) {
          const text = template.replace('{O}', organisation);
          count++;
          if (pdFindings(lint(text)).length > 0) {
            hits++;
            if (wrong.length < 8) wrong.push(text);
          }
        }
      }
      return { rate: percent(hits, count), wrong };
    };
    const givenFirst = orgRate(set.organisations.givenNameFirst);
    const other = orgRate(set.organisations.other);
    const allOrgs = orgRate([...set.organisations.givenNameFirst, ...set.organisations.other]);
    rows.push(
      { metric: 'organisations/places flagged, all (%)', value: allOrgs.rate, goal: '≤ 2', met: allOrgs.rate <= 2 },
      { metric: 'organisations/places flagged, first word a given name (%)', value: givenFirst.rate, goal: '≤ 10', met: givenFirst.rate <= 10 },
      { metric: 'organisations/places flagged, other (%)', value: other.rate },
    );

    // 3. Quoted sources, staff in role, topics, engagement: false alarms per rule.
    const trapRules = new Map<string, number>();
    let traps = 0;
    let trapAlarms = 0;
    let trapErrors = 0;
    const wrongTraps: string[] = [];
    const sourceTexts = [...set.issueTraps];
    for (const template of set.sources) for (const origin of Object.keys(origins)) sourceTexts.push(template.replace('{N}', fullName(origin, pick(pick(names.get(origin)!)), origins[origin]!)));
    for (const text of sourceTexts) {
      const found = pdFindings(lint(text));
      traps++;
      if (found.length > 0) trapAlarms++;
      if (found.some((message) => message.severity === 'error')) trapErrors++;
      if (found.length > 0 && wrongTraps.length < 8) wrongTraps.push(text);
      for (const rule of new Set(found.map((message) => message.ruleId))) trapRules.set(rule, (trapRules.get(rule) ?? 0) + 1);
    }
    rows.push({ metric: 'sources/staff/topics: false alarms (%)', value: percent(trapAlarms, traps), goal: '≤ 5', met: percent(trapAlarms, traps) <= 5 });
    rows.push({ metric: 'sources/staff/topics: errors', value: trapErrors, goal: '0', met: trapErrors === 0 });
    for (const [rule, count] of [...trapRules].sort()) rows.push({ metric: `  false alarms by ${rule} (%)`, value: percent(count, traps) });

    // 4. Other bodies' service numbers and addresses.
    const serviceRules = new Map<string, number>();
    let serviceAlarms = 0;
    for (const text of set.services) {
      const found = pdFindings(lint(text));
      if (found.length > 0) serviceAlarms++;
      for (const rule of new Set(found.map((message) => message.ruleId))) serviceRules.set(rule, (serviceRules.get(rule) ?? 0) + 1);
    }
    rows.push({ metric: 'service numbers/addresses: false alarms (%)', value: percent(serviceAlarms, set.services.length), goal: '≤ 5', met: percent(serviceAlarms, set.services.length) <= 5 });
    for (const [rule, count] of [...serviceRules].sort()) rows.push({ metric: `  false alarms by ${rule} (%)`, value: percent(count, set.services.length) });
    const privateFound = set.servicePositives.filter((text) => pdFindings(lint(text)).length > 0).length;
    rows.push({ metric: 'private number/address still flagged', value: `${privateFound}/${set.servicePositives.length}`, met: privateFound === set.servicePositives.length });

    // 5. The issue's own cases.
    const caught = set.issueCases.filter((entry) => lint(entry.text, 'media' in entry).some((message) => entry.rules.includes(message.ruleId) && flaggingSeverities.has(message.severity)));
    rows.push({ metric: "issue's must-flag cases flagged", value: `${caught.length}/${set.issueCases.length}`, met: caught.length === set.issueCases.length });
    const clean = set.issueTraps.filter((text) => pdFindings(lint(text)).length === 0);
    rows.push({ metric: "issue's false alarms now clean", value: `${clean.length}/${set.issueTraps.length}`, met: clean.length === set.issueTraps.length });

    // 6. Edited prose: UD Swedish PUD, one document per post.
    const sentences = readConllu(join(testdataDir, 'ud-swedish-pud/sv_pud-ud-test.conllu'));
    const documents = new Map<string, string[]>();
    for (const sentence of sentences) {
      const key = sentence.doc ?? sentence.id;
      documents.set(key, [...(documents.get(key) ?? []), sentence.text]);
    }
    let words = 0;
    let errors = 0;
    let pd = 0;
    let pdFlagging = 0;
    const errorSamples: string[] = [];
    for (const texts of documents.values()) {
      const text = texts.join(' ');
      words += text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
      const messages = lint(text);
      for (const message of messages) {
        if (message.severity === 'error') {
          errors++;
          if (errorSamples.length < 6) errorSamples.push(`${message.ruleId}: ${message.actual}`);
        }
        if (message.ruleId.startsWith('pd-')) pd++;
        if (message.ruleId.startsWith('pd-') && flaggingSeverities.has(message.severity)) pdFlagging++;
      }
    }
    rows.push(
      { metric: 'UD PUD: documents', value: documents.size },
      { metric: 'UD PUD: errors (any rule)', value: errors, goal: '0', met: errors === 0 },
      { metric: 'UD PUD: pd- findings per 1,000 words', value: Math.round((10000 * pd) / words) / 10 },
      { metric: 'UD PUD: pd- warnings and errors per 40 documents', value: Math.round((400 * pdFlagging) / documents.size) / 10 },
    );
    // Person-like names: two or more capitalised PROPN in a row ("Kori Schulman"); seen = inside a name the model found.
    let personLike = 0;
    let seen = 0;
    for (const sentence of sentences) {
      const { tree, sources } = parseSwedish(sentence.text);
      const people = peopleOf(buildContext(tree, sentence.text, sources, { channels: [], media: [] }), alingsas);
      let offset = 0;
      const spans: { start: number; end: number; proper: boolean }[] = [];
      for (const token of sentence.tokens) {
        const start = sentence.text.indexOf(token.form, offset);
        if (start < 0) continue;
        offset = start + token.form.length;
        spans.push({ start, end: offset, proper: token.upos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(token.form) });
      }
      for (let index = 0; index < spans.length; index++) {
        if (!spans[index]!.proper || !spans[index + 1]?.proper || spans[index - 1]?.proper) continue;
        personLike++;
        const start = spans[index]!.start;
        if (people.names.some((name) => name.start <= start && start < name.end)) seen++;
      }
    }
    rows.push(
      { metric: 'UD PUD: PROPN runs of 2+ (person-like names)', value: personLike },
      { metric: 'UD PUD: of those, seen as a name by the person model (%)', value: percent(seen, personLike) },
    );

    if (process.env.EVAL_VERBOSE) {
      process.stdout.write(`\nMissed:\n${misses.join('\n')}\nOrganisations flagged:\n${[...givenFirst.wrong, ...other.wrong].join('\n')}\nTrap alarms:\n${wrongTraps.join('\n')}\nUD errors:\n${errorSamples.join('\n')}\n`);
    }
    return rows;
  },
};

export default section;
