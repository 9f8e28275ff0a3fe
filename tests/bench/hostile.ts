/**
 * Hostile lint requests: the shapes that once held the server's thread for seconds (issue 15), as
 * sent and cut to the request bound, plus the slowest ones the fuzz suite has found
 * (tests/fuzz/adversarial-rules.test.ts writes them to tests/bench/results/fuzz-slowest.json).
 * Used by the fuzz suite as seeds and by the bench's adversarial and fairness sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { limits } from '../../rules/api/schemas.ts';
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

/** The slowest shapes the last fuzz run recorded, if there was one. */
export function fuzzSlowest(): HostileRequest[] {
  if (!existsSync(fuzzSlowestFile)) return [];
  return (JSON.parse(readFileSync(fuzzSlowestFile, 'utf8')) as RecordedShape[]).map(shapeToRequest);
}

/** Every hostile request the bench sends; each is either linted or refused (413) by the server. */
export const hostileRequests = (): HostileRequest[] => [...issueInputs, ...boundedInputs, ...fuzzSlowest()];

export const withinRequestBound = (request: HostileRequest) =>
  request.text.length <= limits.textLength &&
  (request.media ?? []).reduce((sum, item) => sum + (item.altText?.length ?? 0), request.text.length) <= limits.requestTextLength;
