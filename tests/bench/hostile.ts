/**
 * Hostile lint requests: the shapes that once held the server's thread for seconds (issue 15), as
 * sent and cut to the request bound, plus the slowest of the fuzz suite's adversarial shapes
 * (tests/fuzz/adversarial-rules.test.ts writes them to tests/bench/results/fuzz-slowest.json; where
 * no fuzz run has saved them, as on a fresh clone, the same seeded shapes are searched here).
 * Used by the fuzz suite and by the bench's adversarial and fairness sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { limits, requestTextLength } from '../../rules/api/schemas.ts';
import { registry } from '../../rules/registry.ts';
import type { MediaItem } from '../../rules/core/types.ts';
import { projectRoot } from '../support/app-process.ts';

export interface HostileRequest {
  name: string;
  text: string;
  media?: MediaItem[];
  channels?: string[];
}

/**
 * `unit` repeated to `length` UTF-16 units, the last repetition cut, but never inside a surrogate pair
 * (then one unit shorter): the server refuses a lone surrogate with a 400 before it lints anything, so a
 * cut emoji would turn a hostile shape into a cheap refusal in the fairness figure.
 */
export function repeatTo(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

const notInSpaces = (length: number) => `${' '.repeat(length - 3)}NOT`;
const altTexts = (count: number, length: number): MediaItem[] => Array.from({ length: count }, () => ({ type: 'image', altText: notInSpaces(length) }));

/** The inputs issue 15 measured at 1.4–3.2 s each, as a hostile client sends them. */
export const issueInputs: HostileRequest[] = [
  { name: '"“a b c d e f g h i” " × 1,000 + 20 alt texts of 4,997 spaces and NOT (120,000 units: refused)', text: repeatTo('“a b c d e f g h i” ', 20_000), media: altTexts(20, 5_000) },
  { name: '19,997 spaces and NOT', text: notInSpaces(20_000) },
  { name: '"“a" × 10,000', text: repeatTo('“a', 20_000) },
  { name: '"Ni " × 6,667', text: repeatTo('Ni ', 20_000) },
];

/** The first input cut to what the server accepts: the text and 4 alt texts, 40,000 units in all. */
export const boundedInputs: HostileRequest[] = [
  { name: '"“a b c d e f g h i” " × 1,000 + 4 alt texts of 4,997 spaces and NOT (40,000 units)', text: repeatTo('“a b c d e f g h i” ', 20_000), media: altTexts(4, 5_000) },
];

export const fuzzSlowestFile = join(projectRoot, 'tests/bench/results/fuzz-slowest.json');

/** A fuzz case as the fuzz suite records it: units repeated, so the file stays small. */
export interface RecordedShape {
  label: string;
  ms: number;
  text: { prefix: string; unit: string; length: number; tail: string };
  altTexts: { unit: string; length: number }[];
}

export const shapeToRequest = (shape: RecordedShape): HostileRequest => ({
  name: `fuzz: ${shape.label}`,
  text: shape.text.prefix + repeatTo(shape.text.unit, shape.text.length) + shape.text.tail,
  media: shape.altTexts.map(({ unit, length }) => ({ type: 'image', altText: repeatTo(unit, length) })),
});

/** Units that made rules backtrack or rescan: quotes, capitals after white space, forms of address, runs. */
const units = [
  '“a b c d e f g h i” ', '“a', '"a ', '”a”', '«a» ', 'Ni ', 'Er ', 'NOT ', ' NOT', 'a NOT ', '. NOT', 'Du ', 'ni ', 'typ ', 'haha ',
  ' ', '\n', '\n\n', '  \n', 'a ', 'A ', 'AB ', 'ö', '1 ', '12-', '070-', '811218-9876 ', '#a ', '#', '@a ', 'www.a', 'https://a.se/ ', 'a@b.se ',
  '😀', '😀 ', '👍🏽', '🎉🎉 ', '𝗔', 'kl. ', 'bl.a. ', 't.ex. ', '– A ', '-', 'enligt ', '"', '”', ':) ', ';-) ', '• ', '1. ', '(a) ', 'ÅÄÖ ',
  'a/', 'km/h ', 'Kommunen ', 'vi ', 'man ', 'skall ', 'samt ', 'och/eller ', 'v. 12 ', '2025-11-24 ', '18.00 ', 'Anna Andersson ', 'sjukskriven ',
];
const prefixes = ['', 'Hej! ', '“', 'Anna Berg säger: ', '#', 'NOT '];
const tails = ['', 'NOT', '”', ' 811218-9876', ' https://alingsas.se', '!', '\n\n– Anna Ek'];

/** The fuzz suite's default seed: the bench searches the same shapes the suite's default run checks. */
export const adversarialSeed = 20261202;

/** A unit repeated to a length, between a prefix and a tail, with alt texts, all within the request bound. */
export const adversarialShape = fc
  .record({
    prefix: fc.constantFrom(...prefixes),
    unit: fc.constantFrom(...units),
    length: fc.oneof(fc.constant(20_000), fc.integer({ min: 1, max: 20_000 })),
    tail: fc.constantFrom(...tails),
    altTexts: fc.array(fc.record({ unit: fc.constantFrom(...units), length: fc.integer({ min: 1, max: 5_000 }) }), { maxLength: 20 }),
  })
  .map(({ prefix, unit, length, tail, altTexts }): RecordedShape => {
    const bodyLength = Math.max(0, length - prefix.length - tail.length);
    // Alt texts only as far as the request bound (40,000 units with the text) lets them.
    let room = 40_000 - (prefix.length + bodyLength + tail.length);
    const kept = altTexts.map((alt) => ({ ...alt, length: Math.min(alt.length, Math.max(0, room)) })).filter((alt) => alt.length > 0 && (room -= alt.length) >= 0);
    return {
      label: `${JSON.stringify(prefix)} + ${JSON.stringify(unit)} to ${bodyLength} + ${JSON.stringify(tail)}, ${kept.length} alt texts (${kept.reduce((sum, alt) => sum + alt.length, 0)} units)`,
      ms: 0,
      text: { prefix, unit, length: bodyLength, tail },
      altTexts: kept,
    };
  });

/**
 * Every rule's bad examples, each repeated to 20,000 units: a rule that scans the text (or every
 * name) again per finding is quadratic exactly where its own findings repeat ("Här kan man …" × 1,667
 * took 290 ms in ton-man-generiskt alone). Generated shapes of single units do not reach such phrases.
 */
export function exampleShapes(): RecordedShape[] {
  const seen = new Set<string>();
  return registry.flatMap((rule) =>
    rule.meta.examples.flatMap((example) => {
      const unit = `${example.bad} `;
      if (seen.has(unit)) return [];
      seen.add(unit);
      const length = 20_000;
      return [{ label: `${rule.meta.id}'s example ${JSON.stringify([...example.bad].slice(0, 40).join(''))} to ${length}`, ms: 0, text: { prefix: '', unit, length, tail: '' }, altTexts: [] }];
    }),
  );
}

/** How many of the slowest shapes the bench sends, and which of them: generated ones, kept small (units, not texts). */
export const keptShapes = 4;
export const worthKeeping = (shape: RecordedShape) => !shape.label.startsWith('"“a b c') && shape.text.unit.length <= 400;

type Lint = (request: HostileRequest) => unknown;

/**
 * The slowest of `runs` seeded adversarial shapes and the rules' repeated examples through `lint`,
 * slowest first, each timed on its second call: a first call's time is mostly compiling, whichever
 * shape of a kind comes first. The fuzz suite's default run checks the same shapes.
 */
export function searchSlowestShapes(lint: Lint, { runs = 150, seed = adversarialSeed, examples = true } = {}): RecordedShape[] {
  const candidates = [...fc.sample(adversarialShape, { numRuns: runs, seed }), ...(examples ? exampleShapes() : [])];
  const timed = candidates.map((shape) => {
    const request = shapeToRequest(shape);
    lint(request);
    const started = performance.now();
    lint(request);
    return { ...shape, ms: performance.now() - started };
  });
  return timed.filter(worthKeeping).sort((a, b) => b.ms - a.ms).slice(0, keptShapes);
}

export interface FuzzShapes {
  source: 'saved' | 'searched';
  shapes: RecordedShape[];
}

/**
 * The slowest shapes the last fuzz run saved; without one (a fresh clone), the slowest of the same
 * seeded shapes, timed through `lint` now. The bench prints which.
 */
export function fuzzSlowest(lint: Lint, { savedFile = fuzzSlowestFile, runs = 150, examples = true } = {}): FuzzShapes {
  if (existsSync(savedFile)) return { source: 'saved', shapes: JSON.parse(readFileSync(savedFile, 'utf8')) as RecordedShape[] };
  return { source: 'searched', shapes: searchSlowestShapes(lint, { runs, examples }) };
}

/** Every hostile request the bench sends; each is either linted or refused (413) by the server. */
export const hostileRequests = (fuzz: FuzzShapes): HostileRequest[] => [...issueInputs, ...boundedInputs, ...fuzz.shapes.map(shapeToRequest)];

export const withinRequestBound = (request: HostileRequest) =>
  request.text.length <= limits.textLength && requestTextLength(request) <= limits.requestTextLength;
