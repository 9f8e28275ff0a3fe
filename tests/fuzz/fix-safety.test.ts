/**
 * Safe one-click fixes (issue 16): every fix any rule offers, on every rule's examples, on a corpus of
 * realistic municipal posts and on posts fast-check builds from their pieces, must
 *
 * - fit its own span: `actual` is the text it replaces, and it leaves no doubled word, double space or
 *   space before punctuation at its seams;
 * - keep what must stay exact: digits and numbers, code-like tokens (capitals with digits, discount and
 *   campaign codes), URLs, e-mail addresses, mentions, and the account, identity, phone and
 *   registration numbers the personal-data rules find. A fix may remove or replace such a thing
 *   whole when the finding is about that very thing (a redaction), never alter it ("ALINGSAS" →
 *   "alingsas", "8327-9" → "8327–9"). A fix whose purpose is to format a number, a date or a phone
 *   number may rewrite it, and must keep its value ("2025-03-31" → "31 mars 2025");
 * - say what its message says: the message names the fix as written ("Du", not "du", at the start of
 *   a sentence), a removal says so, and a message asking for a small letter gets one.
 *
 * And no message or fix turns a passive into an active with a subject the text never had.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { registry } from '../../rules/registry.ts';
import { parseSwedish } from '../../rules/core/parse.ts';
import { months } from '../../rules/analysis/dates.ts';
import type { LintMessage } from '../../rules/core/linter.ts';
import type { MediaItem } from '../../rules/core/types.ts';
import { defaultLinter } from '../support/linter.ts';
import { municipalPosts, passivesWithoutUs } from './municipal-posts.ts';

interface Post {
  text: string;
  channels: string[];
  media: MediaItem[];
}

interface Protected {
  kind: 'url' | 'email' | 'mention' | 'code' | 'number' | 'entity';
  start: number;
  end: number;
  value: string;
  /** For entities: the personal-data rule that found it. */
  rule?: string;
}

const channels = ['facebook', 'instagram', 'linkedin', 'x'];
const entityRules = new Set(['pd-bank', 'pd-personnummer', 'pd-samordningsnummer', 'pd-telefon', 'pd-regnr']);

// Capitals with at least one digit ("SOMMAR25", "KULTUR2025", "B2"), and capitals right after a word
// for a code ("koden ALINGSAS", "Kod JUL24").
const codeLike = /(?<![\p{L}\p{N}])(?=[\p{Lu}\p{N}-]*\p{N})(?=[\p{Lu}\p{N}-]*\p{Lu})[\p{Lu}\p{N}][\p{Lu}\p{N}-]*(?![\p{L}\p{N}])/gu;
const campaignCode = /(?<![\p{L}])(?:kampanj|rabatt|boknings)?kod(?:en)?:?\s+(\p{Lu}[\p{Lu}\p{N}]{2,})(?![\p{L}\p{N}])/giu;
const number = /\d+(?:[.,:]\d+)*/gu;

function protectedSpans(text: string, messages: LintMessage[]): Protected[] {
  const spans: Protected[] = [];
  for (const source of parseSwedish(text).sources) {
    if (source.kind !== 'hashtag') spans.push({ kind: source.kind, start: source.start, end: source.end, value: source.value });
  }
  for (const match of text.matchAll(codeLike)) spans.push({ kind: 'code', start: match.index, end: match.index + match[0].length, value: match[0] });
  for (const match of text.matchAll(campaignCode)) {
    const start = match.index + match[0].length - match[1]!.length;
    spans.push({ kind: 'code', start, end: start + match[1]!.length, value: match[1]! });
  }
  for (const match of text.matchAll(number)) spans.push({ kind: 'number', start: match.index, end: match.index + match[0].length, value: match[0] });
  for (const message of messages) {
    if (entityRules.has(message.ruleId) && !message.field) spans.push({ kind: 'entity', start: message.start, end: message.end, value: message.actual, rule: message.ruleId });
  }
  return spans;
}

const digits = (value: string) => value.replace(/\D/gu, '');
const numbers = (value: string): string[] => value.match(number) ?? [];
const phoneDigits = (value: string) => digits(value.replace(/^\+46\s*/u, '0'));

/** Year, month and day of a date written in figures or with a month name; null when there is none. */
function dateValue(value: string): string | null {
  let match = /(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(value);
  if (match) return `${Number(match[1])}-${Number(match[2])}-${Number(match[3])}`;
  match = /(\d{1,2})[./](\d{1,2})[./](\d{4})/u.exec(value);
  if (match) return `${Number(match[3])}-${Number(match[2])}-${Number(match[1])}`;
  const named = new RegExp(`(\\d{1,2})\\s+(${months.join('|')})\\s+(\\d{4})`, 'iu').exec(value);
  if (named) return `${Number(named[3])}-${months.indexOf(named[2]!.toLowerCase()) + 1}-${Number(named[1])}`;
  return null;
}

/** Rules whose fix exists to format a number, a date or a phone number, with what "same value" means. */
const formatting: Record<string, (actual: string, replacement: string) => boolean> = {
  'klar-datum': (actual, replacement) => dateValue(actual) !== null && dateValue(actual) === dateValue(replacement),
  'klar-talformat': (actual, replacement) => digits(actual) === digits(replacement),
  'klar-klockslag-tidsrymd': (actual, replacement) => digits(actual) === digits(replacement),
  'klar-telefonformat': (actual, replacement) => phoneDigits(actual) === phoneDigits(replacement),
  // The week (and year) as written, followed by its dates.
  'klar-veckonummer': (actual, replacement) => {
    const kept: string[] = numbers(replacement);
    let at = 0;
    for (const value of numbers(actual)) {
      at = kept.indexOf(value, at);
      if (at === -1) return false;
      at++;
    }
    return true;
  },
};

/** A changed copy of the same thing: other letter case, or the same digits with other separators. */
const altered = (value: string, replacement: string) =>
  !replacement.includes(value) &&
  (replacement.toLowerCase().includes(value.toLowerCase()) || (digits(value).length >= 3 && digits(replacement).includes(digits(value))));

const placeholder = /^\[[^\]]+\]$/u;
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const countOf = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].length;
const doubledWord = /(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu;

/** Everything wrong with one fix of one finding; empty when the fix is safe. */
function problemsOf(post: Post, message: LintMessage, replacement: string, spans: Protected[]): string[] {
  const { text } = post;
  const { start, end, ruleId } = message;
  const actual = text.slice(start, end);
  const problems: string[] = [];
  if (actual !== message.actual) problems.push(`actual ${JSON.stringify(message.actual)} is not the text at its span`);
  if (replacement === actual) problems.push('the fix changes nothing');

  // Seams: the fix fits between the text before and after it.
  const fixed = text.slice(0, start) + replacement + text.slice(end);
  if (countOf(doubledWord, fixed) > countOf(doubledWord, text)) problems.push('leaves a doubled word');
  if (countOf(/ {2}/gu, fixed) > countOf(/ {2}/gu, text)) problems.push('leaves a double space');
  if (countOf(/ [.,!?;:]/gu, fixed) > countOf(/ [.,!?;:]/gu, text)) problems.push('leaves a space before punctuation');

  // What must stay exact.
  const formats = formatting[ruleId];
  if (formats && !formats(actual, replacement)) problems.push(`changes the value of ${JSON.stringify(actual)}`);
  for (const span of spans) {
    if (span.start >= end || span.end <= start) continue;
    const inside = span.start >= start && span.end <= end;
    const part = text.slice(Math.max(span.start, start), Math.min(span.end, end));
    if (replacement.includes(part)) continue;
    // Formatting rewrites plain numbers, and a phone number when that is its purpose; never an account or identity number.
    if (formats && (span.kind === 'number' || (span.kind === 'entity' && span.rule === 'pd-telefon' && ruleId === 'klar-telefonformat'))) continue;
    // A redaction or a replacement of the very thing the finding is about, not a changed copy of it.
    const about = inside && ((span.start === start && span.end === end) || span.rule === ruleId || placeholder.test(replacement) || message.category === 'personal-data');
    if (about && !altered(span.value, replacement)) continue;
    problems.push(`changes the ${span.kind} ${JSON.stringify(span.value)}`);
  }
  return problems.map((problem) => `${ruleId} ${JSON.stringify(actual)} → ${JSON.stringify(replacement)}: ${problem}`);
}

/** Whether the message says what its first fix does. */
function disagreement(message: LintMessage): string | null {
  const fix = message.expected[0];
  if (fix === undefined) return null;
  const label = `${message.ruleId} ${JSON.stringify(message.actual)} → ${JSON.stringify(fix)}: "${message.message}"`;
  if (/liten bokstav/iu.test(message.message) && /^\p{Lu}/u.test(fix)) return `${label} asks for a small letter`;
  if (fix.trim() === '') return /ta bort|stryk|undvik|utan|tom rad|mellanslag/iu.test(message.message) ? null : `${label} does not say to remove it`;
  if (placeholder.test(fix)) return /publicera|ta bort/iu.test(message.message) ? null : `${label} does not say to remove it`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(fix)}(?![\\p{L}\\p{N}])`, 'u').test(message.message) ? null : `${label} does not name the fix`;
}

function checkPost(post: Post): string[] {
  const { messages } = defaultLinter.lintPost(post);
  const spans = protectedSpans(post.text, messages);
  const problems: string[] = [];
  for (const message of messages) {
    if (message.field) continue;
    for (const replacement of message.expected) problems.push(...problemsOf(post, message, replacement, spans));
    const disagrees = disagreement(message);
    if (disagrees) problems.push(disagrees);
  }
  return problems;
}

const examplePosts: [string, Post][] = registry.flatMap((rule) =>
  rule.meta.examples.flatMap((example, index) =>
    (['bad', 'good'] as const).map((which): [string, Post] => [
      `${rule.meta.id} ${which} example ${index + 1}`,
      { text: example[which], channels: example.channels ?? [], media: example.media ?? [] },
    ]),
  ),
);

describe('every fix on the rules\' examples is safe', () => {
  test.each(examplePosts)('%s', (_label, post) => {
    expect(checkPost(post).join('\n')).toBe('');
  });
});

describe('every fix on realistic municipal posts is safe', () => {
  test.each(municipalPosts.map((text) => [text.slice(0, 60), text] as const))('%s', (_label, text) => {
    expect(checkPost({ text, channels, media: [] }).join('\n')).toBe('');
  });

  test('the corpus holds what the property is about: codes, account numbers, addresses, mentions and fixes', () => {
    const all = municipalPosts.map((text) => ({ text, messages: defaultLinter.lintPost({ text, channels, media: [] }).messages }));
    const kinds = new Set(all.flatMap(({ text, messages }) => protectedSpans(text, messages).map((span) => span.kind)));
    expect([...kinds].sort()).toEqual(['code', 'email', 'entity', 'mention', 'number', 'url']);
    const fixed = new Set(all.flatMap(({ messages }) => messages.filter((message) => message.expected.length > 0).map((message) => message.ruleId)));
    expect(fixed.size).toBeGreaterThan(15);
  });
});

describe('fixes on posts built from the corpus are safe', () => {
  const sentences = municipalPosts.flatMap((text) => text.split(/(?<=[.!?])\s+|\n/u)).filter(Boolean);
  test('property: any mix of municipal sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\n', '\n\n'), (parts, separator) => {
        expect(checkPost({ text: parts.join(separator), channels, media: [] }).join('\n')).toBe('');
      }),
      { numRuns: Number(process.env.FIX_SAFETY_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 20261202) },
    );
  });

  // Things a fix must keep, put between the words of a sentence, where rules working on the words
  // around them see them.
  const insertions = [
    'med koden ALINGSAS',
    'med rabattkoden SOMMAR25',
    'kod JUL24',
    'på konto 8327-9, 123 456 789-0',
    'till bankgiro 5050-1055',
    'på https://www.alingsas.se/kultur-och-fritid',
    'via alingsas.se/bygglov',
    'till kontaktcenter@alingsas.se',
    'med @Alingsåshem',
    'den 2025-03-31',
    'kl 10-18',
    'på 0322616000',
    'i sal B2',
    'Ni',
    'VIKTIG INFORMATION',
  ];
  test('property: codes, numbers, addresses and mentions anywhere in a sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.constantFrom(...insertions), fc.nat(), (sentence, insertion, at) => {
        const gaps = [0, ...[...sentence.matchAll(/ /gu)].map((match) => match.index)];
        const gap = gaps[at % gaps.length]!;
        const text = gap === 0 ? `${insertion} ${sentence}` : `${sentence.slice(0, gap)} ${insertion}${sentence.slice(gap)}`;
        expect(checkPost({ text, channels, media: [] }).join('\n')).toBe('');
      }),
      { numRuns: Number(process.env.FIX_SAFETY_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 20261202) },
    );
  });
});

describe('no message or fix gives a passive a subject the text never had', () => {
  const subjects = /(?<![\p{L}])(?:vi|kommunen|man|du|jag)(?![\p{L}])/giu;
  const invented = ({ text, passive }: { text: string; passive: string }) => {
    const start = text.indexOf(passive);
    const end = start + passive.length;
    const had = new Set((text.match(subjects) ?? []).map((word) => word.toLowerCase()));
    return defaultLinter
      .lintPost({ text, channels: [], media: [] })
      .messages.filter((message) => message.start < end && message.end > start)
      // What a finding proposes: its fixes and the wording its message quotes ('→ t.ex. "vi dömde"').
      .flatMap((message) => [...[...message.message.matchAll(/["”“]([^"”“]+)["”“]/gu)].map((quote) => quote[1]!), ...message.expected].map((said) => [message.ruleId, said] as const))
      .flatMap(([ruleId, said]) => (said.match(subjects) ?? []).map((word) => `${ruleId}: ${word} in "${said}"`))
      .filter((found) => !had.has(found.split(': ')[1]!.split(' ')[0]!.toLowerCase()));
  };
  for (const passive of passivesWithoutUs) {
    test(passive.text, () => {
      expect(invented(passive)).toEqual([]);
    });
  }
});

describe('the bad fixes issue 16 names stay fixed', () => {
  const lint = (text: string) => defaultLinter.lintPost({ text, channels: [], media: [] }).messages;

  test('a bank account is no number range: "8327-9, 123 456 789-0" keeps its hyphens', () => {
    const messages = lint('Swisha till Eriks konto 8327-9, 123 456 789-0 senast fredag.');
    expect(messages.filter((message) => message.ruleId === 'klar-klockslag-tidsrymd')).toEqual([]);
    expect(messages.find((message) => message.ruleId === 'pd-bank')?.actual).toBe('8327-9, 123 456 789-0');
    // A real span still gets its dash.
    expect(lint('Vi har öppet 10-18 och läsåret är 2025-26.').filter((message) => message.ruleId === 'klar-klockslag-tidsrymd').map((message) => message.expected[0])).toEqual(['10–18', '2025–26']);
  });

  test('a discount code in capitals is left as written', () => {
    for (const text of ['Missa inte semlorna – 20 % rabatt med koden ALINGSAS!', 'Ange rabattkoden SOMMARLOV i kassan.', 'Kampanjkod: HÖSTLOV gäller hela veckan.']) {
      expect(lint(text).filter((message) => message.ruleId === 'a11y-versaler'), text).toEqual([]);
    }
    expect(lint('Missa inte årets JULMARKNAD på Stora torget!').find((message) => message.ruleId === 'a11y-versaler')?.expected).toEqual(['julmarknad']);
  });

  test('a sentence-initial "Ni" gets "Du", and the message says "Du"', () => {
    const [start] = lint('Ni som bor i Alingsås kan söka bidrag.').filter((message) => message.ruleId === 'ton-du-tilltal-ni');
    expect(start?.expected[0]).toBe('Du');
    expect(start?.message).toContain('"Du"');
    expect(start?.message).not.toMatch(/liten bokstav/u);
    const [inside] = lint('Har du frågor är Du välkommen att ringa.').filter((message) => message.ruleId === 'ton-du-tilltal-ni');
    expect(inside?.expected[0]).toBe('du');
    expect(inside?.message).toContain('"du" med liten bokstav');
  });
});
