// Conformance against public test suites nobody on this project wrote, read at run time from the
// folder given on the command line (never copied into the repo): npm run test:conformance -- DIR
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import twitter from 'twitter-text';
import { registry } from '../../rules/registry.ts';
import { loadProfiles } from '../../rules/profile/load.ts';
import { createLinter } from '../../rules/core/linter.ts';
import { xLength } from '../../rules/channels/twitter-length.ts';

const dir = resolve(process.argv[2] ?? '../shared/testdata');
if (!existsSync(dir)) {
  process.stderr.write(`Test data folder not found: ${dir}\nUsage: npm run test:conformance -- DIR\n`);
  process.exit(2);
}

interface Outcome {
  suite: string;
  passed: number;
  failures: string[];
}
const outcomes: Outcome[] = [];
function suite(name: string, run: (check: (ok: boolean, failure: () => string) => void) => void) {
  const outcome: Outcome = { suite: name, passed: 0, failures: [] };
  run((ok, failure) => {
    if (ok) outcome.passed++;
    else outcome.failures.push(failure());
  });
  outcomes.push(outcome);
}

const alingsas = loadProfiles(registry).get('alingsas')!;
const linter = createLinter(alingsas, registry);
// Only the identity-number rules, so that 43,000 posts lint quickly; they see the same parse.
const identityOnly = createLinter(
  {
    ...alingsas,
    rules: Object.fromEntries(
      Object.entries(alingsas.rules).map(([id, setting]) => [id, id === 'pd-personnummer' || id === 'pd-samordningsnummer' ? setting : { ...setting, severity: 'off' as const }]),
    ),
  },
  registry,
);
const identityRules = (text: string) => identityOnly.lintPost({ text, channels: [] }).messages.map((message) => message.ruleId);

// a. twitter-text weighted length (README §a: WeightedTweetsCounterTest with config v2, the rest with v3).
interface WeightedCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; validRangeEnd: number };
}
const validate = loadYaml(readFileSync(join(dir, 'twitter-text/conformance/validate.yml'), 'utf8')) as { tests: Record<string, WeightedCase[]> };
const configs: Record<string, twitter.ParseTweetOptions> = {
  WeightedTweetsCounterTest: JSON.parse(readFileSync(join(dir, 'twitter-text/config/v2.json'), 'utf8')),
  WeightedTweetsWithDiscountedEmojiCounterTest: JSON.parse(readFileSync(join(dir, 'twitter-text/config/v3.json'), 'utf8')),
  UnicodeDirectionalMarkerCounterTest: JSON.parse(readFileSync(join(dir, 'twitter-text/config/v3.json'), 'utf8')),
};
for (const [section, config] of Object.entries(configs)) {
  const cases = validate.tests[section] ?? [];
  suite(`twitter-text ${section} (X counter)`, (check) => {
    for (const item of cases) {
      const length = xLength(item.text, config);
      const parsed = twitter.parseTweet(item.text, config);
      check(length === item.expected.weightedLength && parsed.valid === item.expected.valid, () => `${item.description}: length ${length}, valid ${parsed.valid}; expected ${item.expected.weightedLength}, ${item.expected.valid}`);
    }
  });
  if (section === 'WeightedTweetsCounterTest') continue;
  // kanal-langd uses the profile's X channel (config v3): it fires exactly when the text is too long.
  suite(`twitter-text ${section} (kanal-langd for x)`, (check) => {
    for (const item of cases) {
      const finding = linter.lintPost({ text: item.text, channels: ['x'] }).messages.find((message) => message.ruleId === 'kanal-langd');
      const tooLong = item.expected.weightedLength > 280;
      check(Boolean(finding) === tooLong && (!finding || finding.start === item.expected.validRangeEnd + 1), () =>
        `${item.description}: kanal-langd ${finding ? `fired at ${finding.start}` : 'silent'}; expected ${tooLong ? `to fire at ${item.expected.validRangeEnd + 1}` : 'silence'}`,
      );
    }
  });
}

// b. Skatteverket's test personnummer and samordningsnummer, written YYMMDD-NNNN inside a sentence.
const asShortForm = (twelve: string) => `${twelve.slice(2, 8)}-${twelve.slice(8)}`;
for (const [file, ruleId] of [
  ['allPins.json', 'pd-personnummer'],
  ['allCoords.json', 'pd-samordningsnummer'],
] as const) {
  const numbers = JSON.parse(readFileSync(join(dir, 'personnummer', file), 'utf8')) as string[];
  suite(`Skatteverket ${file} flagged by ${ruleId}`, (check) => {
    for (const number of numbers) {
      const short = asShortForm(number);
      check(identityRules(`Hej! Mitt nummer är ${short} och jag vill ha hjälp med min ansökan.`).includes(ruleId), () => `${number} (${short}) not flagged`);
    }
  });
}

// c. Organisationsnummer are not personnummer.
const orgNumbers = JSON.parse(readFileSync(join(dir, 'personnummer/orgnumber.json'), 'utf8')) as { short_format: string; separated_format: string }[];
suite('orgnumber.json not flagged as personnummer', (check) => {
  for (const org of orgNumbers) {
    for (const written of [org.separated_format, org.short_format]) {
      check(!identityRules(`Föreningens organisationsnummer är ${written}.`).includes('pd-personnummer'), () => `${written} flagged as a personnummer`);
    }
  }
});

let passed = 0;
let failed = 0;
for (const outcome of outcomes) {
  passed += outcome.passed;
  failed += outcome.failures.length;
  process.stdout.write(`${outcome.failures.length === 0 ? '✓' : '✗'} ${outcome.suite}: ${outcome.passed} passed, ${outcome.failures.length} failed\n`);
  for (const failure of outcome.failures.slice(0, 10)) process.stdout.write(`    ${failure}\n`);
  if (outcome.failures.length > 10) process.stdout.write(`    … and ${outcome.failures.length - 10} more\n`);
}
process.stdout.write(`conformance: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
