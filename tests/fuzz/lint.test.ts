/**
 * Property tests over lintPost with every rule on (opt-in rules too) and every channel:
 * arbitrary Unicode (lone surrogates included), Swedish-like posts built from the tokens the rules
 * look at, and adversarial repetitions of the kind that make regexes backtrack.
 *
 * For every call: it never throws; every offset lies in the text it is about (the alt text for
 * `media[i].altText` findings); text.slice(start, end) === actual; applying expected[0] never makes
 * that rule fire again at the same place. Time per call is measured and the slowest calls are
 * printed against the 50 ms target (FUZZ_MAX_MS); like every speed figure here it is reported, not
 * asserted, because a shared CI machine makes wall-clock bounds flaky (see `npm run bench`).
 *
 * FUZZ_RUNS (default 10,000) is the number of cases in all: 45 % arbitrary Unicode, 45 % Swedish-like,
 * 10 % adversarial (those run up to 20,000 characters). `npm run test:fuzz` runs 100,000.
 * FUZZ_SEED replays a run. A call over FUZZ_ABORT_MS (default 30 s) is a hang, not slowness: it fails
 * the run at once with that input, so catastrophic backtracking cannot make the suite run for hours.
 */
import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { defaultLinter } from '../support/linter.ts';
import type { LintMessage, LintResult, PostInput } from '../../rules/core/linter.ts';
import type { MediaItem } from '../../rules/core/types.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const maxMs = Number(process.env.FUZZ_MAX_MS ?? 50);
const abortMs = Number(process.env.FUZZ_ABORT_MS ?? 30_000);
// A fixed seed keeps CI reproducible; `npm run test:fuzz` explores with fresh seeds (FUZZ_SEED=random).
const seed = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? 20261124);
const channels = Object.keys(defaultLinter.profile.channels);
// Re-lints per input for the expected[0] property: one per rule, at most this many rules.
const fixChecksPerInput = 2;

// ------------------------------------------------------------------ timing

interface Slowest {
  ms: number;
  label: string;
  length: number;
  sample: string;
}
const slowest: Slowest[] = [];
let calls = 0;

const describeText = (text: string) => JSON.stringify(text.length > 120 ? `${text.slice(0, 80)}…(${text.length} units)…${text.slice(-30)}` : text);

function timedLint(input: PostInput, label: string): LintResult {
  const started = performance.now();
  const result = defaultLinter.lintPost(input);
  const ms = performance.now() - started;
  calls++;
  if (slowest.length < 5 || ms > slowest.at(-1)!.ms) {
    slowest.push({ ms, label, length: input.text.length, sample: describeText(input.text) });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 5);
  }
  if (ms > abortMs) throw new Error(`${label}: one call took ${ms.toFixed(0)} ms (a hang: over ${abortMs} ms) on ${describeText(input.text)}`);
  return result;
}

// ------------------------------------------------------------------ the properties

const altTextOf = (input: PostInput, field: string) => {
  const index = Number(/^media\[(\d+)\]\.altText$/.exec(field)?.[1] ?? NaN);
  const altText = input.media?.[index]?.altText;
  if (altText === undefined) throw new Error(`finding for ${field}, which was not sent`);
  return altText;
};

const withAltText = (input: PostInput, field: string, altText: string): PostInput => {
  const index = Number(/^media\[(\d+)\]\.altText$/.exec(field)![1]);
  return { ...input, media: input.media!.map((item, i) => (i === index ? { ...item, altText } : item)) };
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  (a.start < b.end && b.start < a.end) || a.start === b.start;

function checkPost(input: PostInput, label: string): void {
  const result = timedLint(input, label);
  const fixed = new Set<string>();
  for (const message of result.messages) {
    const target = message.field ? altTextOf(input, message.field) : input.text;
    const where = `${message.ruleId}${message.field ? ` in ${message.field}` : ''} [${message.start}, ${message.end})`;
    if (!Number.isInteger(message.start) || !Number.isInteger(message.end) || message.start < 0 || message.start > message.end || message.end > target.length) {
      throw new Error(`${where} lies outside a text of ${target.length} units`);
    }
    if (target.slice(message.start, message.end) !== message.actual) {
      throw new Error(`${where}: slice ${JSON.stringify(target.slice(message.start, message.end))} ≠ actual ${JSON.stringify(message.actual)}`);
    }
    const replacement = message.expected[0];
    const key = `${message.ruleId}|${message.field ?? ''}`;
    if (replacement === undefined || fixed.has(key) || fixed.size >= fixChecksPerInput) continue;
    fixed.add(key);
    const changed = target.slice(0, message.start) + replacement + target.slice(message.end);
    const again = timedLint(message.field ? withAltText(input, message.field, changed) : { ...input, text: changed }, `${label}, after a fix`);
    const place = { start: message.start, end: message.start + replacement.length };
    const sameRule = (other: LintMessage) =>
      other.ruleId === message.ruleId && (other.field ?? '') === (message.field ?? '') && (other.channel ?? '') === (message.channel ?? '');
    // Other findings of the rule that were there before the fix, moved by its change in length.
    const delta = replacement.length - (message.end - message.start);
    const shift = (offset: number) => (offset >= message.end ? offset + delta : offset);
    const before = new Set(
      result.messages.filter((other) => other !== message && sameRule(other)).map((other) => `${shift(other.start)}:${shift(other.end)}:${other.actual}`),
    );
    const refired = again.messages.find((other) => sameRule(other) && overlaps(other, place) && !before.has(`${other.start}:${other.end}:${other.actual}`));
    if (refired) {
      throw new Error(
        `${where}: applying expected[0] ${JSON.stringify(replacement)} made it fire again at [${refired.start}, ${refired.end}) ` +
          `(${JSON.stringify(refired.actual)} → ${JSON.stringify(refired.expected[0])})`,
      );
    }
  }
}

// ------------------------------------------------------------------ arbitraries

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oneCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const structural = fc.constantFrom(' ', ' ', '\n', '\n\n', '.', ',', '!', '?', '#', '@', ':', '/', '-', '–', '"', '”', '\u00a0', '\u200d', '\u202e', '\ufe0f', '\u0000', '\t');
const unicodeText = fc.string({
  unit: fc.oneof({ weight: 10, arbitrary: oneCodePoint }, { weight: 6, arbitrary: structural }, { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: loneSurrogate }),
  maxLength: 300,
});

const swedishTokens = [
  // ordinary words and the words rules look at
  'Välkommen', 'till', 'öppet', 'hus', 'på', 'biblioteket', 'kommunen', 'Kommunen', 'vi', 'Vi', 'ni', 'Ni', 'du', 'man', 'och', 'att', 'det', 'är', 'inte',
  'tyvärr', 'fantastiskt', 'världsklass', 'bäst', 'skandal', 'fan', 'jävla', 'brukare', 'invandrare', 'handikappade', 'åtgärdas', 'genomförande', 'erhålla',
  'beslutades', 'synnerligen', 'härmed', 'avseende', 'ICA', 'Moderaterna', 'Socialdemokraterna', 'rösta', 'köp', 'rabatt', 'Anna', 'Andersson', 'Lisa', 'Berg',
  'sjukskriven', 'diagnos', 'dömd', 'misstänkt', 'polisanmäld', 'enligt', 'källa', 'säger', 'kanske', 'troligen', 'rykten', 'bild', 'foto', 'Foto:',
  'kommunstyrelsen', 'samhällsbyggnadsförvaltningen', 'medborgardialog', 'ca', 'bl.a.', 't.ex.', 'm.m.', 'kl.', 'tel.', 'nov.', 'v.', 'vecka', 'OBS', 'VIKTIGT',
  'KOM', 'IDAG', '𝗩𝗜𝗞𝗧𝗜𝗚𝗧', '𝘩𝘦𝘫', 'Ⓗⓔⓙ', 'ｈｅｊ', 'x𝐀.se/', 'a𝗔𝗕-c.com/',
  // numbers, identities and sources
  '811218-9876', '19811218-9876', '8112189876', '811218+9876', '701063-2391', '19701063-2391', '070-123 45 67', '0322-61 60 00', '+46 70 123 45 67',
  '24', '18.00', '18:00', '2025–2028', '1 000', '3,5', '150 kr', '1/12', '2025-11-24', 'SE45 5000 0000 0583 9825 7466', '556036-0793',
  'https://www.alingsas.se/bibliotek', 'alingsas.se', 'http://bit.ly/abc', 'https://t.co/x', 'www.exempel.se/a?b=c', 'kommun@alingsas.se', 'a.b@c.se',
  '@alingsaskommun', '@Anna', '#Alingsås', '#bibliotek', '#öppethus', '#AlingsåsKommun', '#1', '#',
  // emoji and symbols
  '😀', '🎉', '🎉🎉🎉', '👍🏽', '👨‍👩‍👧', '❤️', '🇸🇪', '📚', '✅', '•', '→', '©', '…', '"', '”', '»', '«', "'", '(', ')', '[', ']', '- ', '* ', '1. ',
];
const separators = fc.constantFrom(' ', ' ', ' ', ' ', '. ', ', ', '! ', '? ', '\n', '\n\n', ': ', ' – ', '', '\u00a0');
const swedishText = fc
  .array(fc.tuple(fc.constantFrom(...swedishTokens), separators), { maxLength: 80 })
  .map((parts) => parts.map(([token, separator]) => token + separator).join(''));

const mediaItem: fc.Arbitrary<MediaItem> = fc.record(
  {
    type: fc.constantFrom('image' as const, 'video' as const),
    altText: fc.oneof(swedishText.map((text) => text.slice(0, 300)), unicodeText.map((text) => text.slice(0, 200)), fc.constantFrom('', 'Bild', 'bild.jpg', 'IMG_1234.JPG')),
    decorative: fc.boolean(),
    credit: fc.constantFrom('Foto: Anna Berg', ''),
    captions: fc.boolean(),
    hasSpeech: fc.boolean(),
    containsText: fc.boolean(),
    showsPeople: fc.boolean(),
    showsChildren: fc.boolean(),
    consent: fc.constantFrom('documented' as const, 'missing' as const, 'unknown' as const),
  },
  { requiredKeys: ['type'] },
);

const postOf = (text: fc.Arbitrary<string>): fc.Arbitrary<PostInput> =>
  fc.record({
    text,
    channels: fc.oneof({ weight: 3, arbitrary: fc.constant(channels) }, { weight: 1, arbitrary: fc.subarray(channels) }),
    media: fc.oneof({ weight: 3, arbitrary: fc.constant([] as MediaItem[]) }, { weight: 1, arbitrary: fc.array(mediaItem, { maxLength: 3 }) }),
  });

/** Shapes that make backtracking regexes and per-token loops go quadratic. */
const adversarialUnits = [
  'a', 'A', 'ö', '1', '0', '#', '@', '.', '-', '_', ' ', '\n', '!', '😀', '🎉', '👍🏽', '𝗔', 'a.', 'a-', 'a@', '@a', '#a', '1.', '1-', '1 ', '12-', '1 000 ', '1,',
  'www.', 'http://', 'https://a.', 'a/', '?a=', '&', ':', 'A ', 'aA', 'Ab ', 'bl.a. ', 'kl. ', 'ca ', '"', '”', '(', ')', '- ', '• ', '\u202e', '\u200d', '\ufe0f',
];
const adversarialTails = ['', '!', '@x.se', '.se', '@', '#', ' 811218-9876', ' https://alingsas.se', '?', '\n', '😀', 'a'];
const adversarial = fc
  .record({
    unit: fc.constantFrom(...adversarialUnits),
    count: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 2_000 }) }),
    prefix: fc.constantFrom('', 'Hej ', 'https://', '#', '@', 'Ring '),
    tail: fc.constantFrom(...adversarialTails),
  })
  .map(({ unit, count, prefix, tail }) => {
    const body = unit.repeat(Math.min(count, Math.floor((20_000 - prefix.length - tail.length) / unit.length)));
    return { text: prefix + body + tail, label: `${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${Math.min(count, Math.floor((20_000 - prefix.length - tail.length) / unit.length))} + ${JSON.stringify(tail)}` };
  });

// ------------------------------------------------------------------ tests

const timeoutFor = (cases: number, msPerCase: number) => Math.max(60_000, cases * msPerCase);

describe('fuzzing lintPost', () => {
  // The first calls compile regexes and warm the JIT; they say nothing about a user's wait.
  defaultLinter.lintPost({ text: swedishTokens.join(' '), channels });

  const textRuns = Math.round(runs * 0.45);
  test(
    'arbitrary Unicode, lone surrogates included: no throw, offsets in range, slices match, fixes hold',
    () => {
      fc.assert(
        fc.property(postOf(unicodeText), (input) => checkPost(input, 'Unicode')),
        { numRuns: textRuns, seed },
      );
    },
    timeoutFor(textRuns, 20),
  );

  test(
    'Swedish-like posts with identities, sources, emoji and fake fonts: no throw, offsets in range, slices match, fixes hold',
    () => {
      fc.assert(
        fc.property(postOf(swedishText), (input) => checkPost(input, 'Swedish-like')),
        { numRuns: textRuns, seed },
      );
    },
    timeoutFor(textRuns, 40),
  );

  const adversarialRuns = Math.max(20, runs - 2 * textRuns);
  test(
    'adversarial repetitions up to 20,000 characters: no throw, offsets in range, slices match, fixes hold',
    () => {
      fc.assert(
        fc.property(adversarial, fc.subarray(channels), ({ text, label }, someChannels) => checkPost({ text, channels: someChannels.length > 0 ? someChannels : channels }, label)),
        // Shrinking a 20,000-character input through a slow lint takes long; the label says enough.
        { numRuns: adversarialRuns, seed, endOnFailure: true },
      );
    },
    timeoutFor(adversarialRuns, 2_000),
  );

  afterAll(() => {
    const report = slowest.map((entry) => `  ${entry.ms.toFixed(1)} ms  ${entry.label}, ${entry.length} units: ${entry.sample}`).join('\n');
    const over = slowest.filter((entry) => entry.ms >= maxMs).length;
    console.log(`fuzz: ${calls} lint calls; slowest ${slowest[0]?.ms.toFixed(1)} ms (target ${maxMs} ms${over ? `, ${over} of the 5 slowest over it` : ''}):\n${report}`);
  });
});
