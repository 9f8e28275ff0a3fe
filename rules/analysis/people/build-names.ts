// Derives the person model's first-name file from the first-name database (npm run build:names -- DIR,
// DIR defaults to ../shared/data/firstnames). The database is read here only; the product reads the
// derived file (first-names.txt), with the database's copyright notice and licence kept beside it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { swedishDictionary } from '../../spelling/dictionary.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = resolve(process.argv[2] ?? '../shared/data/firstnames');

/**
 * Names carried in Sweden by people of every origin. The Nordic columns count at any frequency; the
 * other countries' names from frequency class -7 up (2^-7 % of that population, about 1 in 13,000),
 * so that very rare entries, many of them also English or German words ("Summer", "River"), stay out.
 */
const nordic = new Set(['Sweden', 'Norway', 'Denmark', 'Finland', 'Iceland']);
const otherThreshold = -8;

// Swedish closed-class words that are also someone's name somewhere ("Alla", "Vi", "Man", "Till"):
// never a name on their own, whatever the capital letter says.
const functionWords = new Set(
  'alla all allt andra annan annat av bara bland de dem den denna dessa det detta din dina du efter eller en er ett för från genom han hej hen hon hur i in inom ja jag kan man med men mer mest min mot mycket må nej ni nu när och om på sedan sig sin som så till tills under upp ut utan vad var vi vid vår åt över lilla lille stora store unga gamla nya'.split(' '),
);

const lines = readFileSync(join(sourceDir, 'firstnames.csv'), 'utf8').split('\n');
const header = lines[0]!.split(';');
const columns = header.map((column, index) => ({ column, index })).filter(({ index }) => index >= 2);
const names = new Set<string>();
for (const line of lines.slice(1)) {
  const cells = line.split(';');
  const raw = cells[0]?.trim();
  if (!raw) continue;
  const carried = columns.some(({ column, index }) => {
    const cell = cells[index];
    if (!cell) return false;
    return nordic.has(column) || Number(cell) >= otherThreshold;
  });
  if (!carried) continue;
  // "Jun+Wei" stands for "Jun-Wei", "Jun Wei" and "Junwei" (README.upstream.md); one token each.
  const forms = raw.includes('+') ? [raw.replace(/\+/gu, '-'), raw.replace(/\+/gu, '')] : [raw];
  for (const form of forms) {
    const lower = form.toLowerCase().normalize('NFC');
    if (/^\p{L}[\p{L}'’-]*\p{L}$/u.test(lower) && !functionWords.has(lower)) names.add(lower);
  }
}

// The hand-made list keeps names the database lacks (the Nordic short forms, Somali and Eritrean names).
const handMade = JSON.parse(readFileSync(join(here, 'first-names.json'), 'utf8')) as { names: string[]; ambiguous: string[] };
for (const name of handMade.names) names.add(name.toLowerCase().normalize('NFC'));

// A name that is also an everyday Swedish word ("Per", "Bo", "Dag", "Björn", "Linnea") needs more
// evidence than the capital letter: the dictionary tells which.
const checker = swedishDictionary();
const handAmbiguous = new Set(handMade.ambiguous.map((name) => name.toLowerCase()));
const sorted = [...names].sort((a, b) => a.localeCompare(b, 'sv'));
const body = sorted.map((name) => (handAmbiguous.has(name) || checker.correct(name) ? `~${name}` : name));

const out = join(here, 'first-names.txt');
writeFileSync(
  out,
  [
    '# First names carried in Sweden by people of every origin, lowercase, one a line; "~" marks a name that is also a Swedish word.',
    '# Derived by rules/analysis/people/build-names.ts from firstnames.csv (github.com/MatthiasWinkelmann/firstname-database,',
    '# originally Jörg Michael\'s name dictionary, c\'t 17/2007), plus first-names.json. Copyright (c) 2007-2008 Jörg Michael;',
    '# updated 2016 Matthias Winkelmann. GNU Free Documentation License 1.2 or later: see first-names.LICENSE.txt beside this file.',
    ...body,
    '',
  ].join('\n'),
);
copyFileSync(join(sourceDir, 'LICENSE.txt'), join(here, 'first-names.LICENSE.txt'));
process.stdout.write(`${sorted.length} names (${body.filter((line) => line.startsWith('~')).length} also Swedish words) -> ${out}\n`);
