import type { TextContext } from '../../core/context.ts';
import { scanner } from './scan.ts';
import { F, childAgePattern, classPattern, classValue, gradeValue } from './lexicon.ts';
import { isFirstName } from './name-data.ts';
import type { ChildTerm, ChildTier, PersonName } from './types.ts';
import { data as childData } from './children.schema.ts';

/** "8-åringen" is a child, "28-åringen" is not (under 18, as for "Alva, 5 år"). */
const isChildAge = (word: string) => Number.parseInt(word, 10) < 18;

/** Children and pupils: child words, class, year and age, a preschool unit, a name with a child's age. */

const childLists = {
  strong: scanner().add('people:children-strong', [{ phrases: childData.strong, data: true }]),
  place: scanner().add('people:children-place', [{ phrases: childData.places, data: true }]),
  singular: scanner().add('people:children-singular', [{ phrases: childData.singular, data: true }]),
};

export function findChildren(context: TextContext, segmentOf: number[], flags: number[], capital: number[], nameAt: Map<number, PersonName>, placeOf: number[]): ChildTerm[] {
  const { tokens, text } = context;
  const terms: ChildTerm[] = [];
  const insideName = new Array<number>(tokens.length).fill(0);
  for (const name of nameAt.values()) for (let index = name.firstToken; index < name.lastToken; index++) insideName[index] = 1;
  const push = (first: number, last: number, tier: ChildTier, singular: boolean) => {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    terms.push({ start, end, segment: segmentOf[first]!, tier, singular, value: text.slice(start, end) });
  };
  const singularEnds = new Set(scanner().hits(context, childLists.singular).map((hit) => hit.lastToken - 1));
  // "Anna Barn" is a surname: a capitalised child word inside a name never counts.
  for (const hit of scanner().hits(context, childLists.strong)) {
    // "tränades som barn": someone's childhood, not a child now.
    if (!insideName[hit.firstToken] && tokens[hit.firstToken - 1]?.lower !== 'som') push(hit.firstToken, hit.lastToken, 'strong', singularEnds.has(hit.lastToken - 1));
  }
  for (const hit of scanner().hits(context, childLists.place)) {
    if (!insideName[hit.firstToken]) push(hit.firstToken, hit.lastToken, 'place', false);
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || insideName[index]) continue;
    const flag = flags[index]!;
    const next = tokens[index + 1];
    const sameSegment = next !== undefined && segmentOf[index + 1] === segmentOf[index];
    if (flag & F.classWord && sameSegment && classValue.test(next.value)) push(index, index + 2, 'class', false);
    else if (flag & F.gradeWord && sameSegment && gradeValue.test(next.value)) push(index, index + 2, 'grade', false);
    else if (token.lower === 'i' && sameSegment && next.kind === 'word' && classPattern.test(next.value)) push(index, index + 2, 'class', false);
    else if (token.lower.includes('-åring') && childAgePattern.test(token.lower) && isChildAge(token.lower)) push(index, index + 1, 'age', /-åring(en)?$/u.test(token.lower));
    else if (flag & F.unitHead && sameSegment && capital[index + 1] && placeOf[index + 1]) push(index, index + 2, 'unit', false);
  }
  // Age plus name (rules.md pd-barn-elev (b)): "Alva, 5 år", "Noah (7)", "7-åriga Noah", "lilla Wilma".
  for (const name of nameAt.values()) {
    const after = tokens.slice(name.lastToken, name.lastToken + 4).filter((token) => token.kind !== 'punctuation' || token.value === '(');
    const age = after[0]?.value === '(' ? after[1] : after[0];
    const years = age && age.kind === 'number' ? Number(age.value.replace(/\D+$/u, '')) : NaN;
    const unit = after[0]?.value === '(' ? 'år' : after[1]?.lower;
    const before = tokens[name.firstToken - 1];
    const childAge =
      (years >= 0 && years < 18 && (unit === 'år' || after[0]?.value === '(')) ||
      (before !== undefined && /^\d{1,2}-åriga?$/u.test(before.lower) && Number.parseInt(before.lower, 10) < 18) ||
      // "Lilla Wilma", "lille Noah": what one calls a small child.
      (before !== undefined && (before.lower === 'lilla' || before.lower === 'lille') && before.end + 1 === tokens[name.firstToken]!.start);
    if (childAge && !name.staff && !name.colleague) push(name.firstToken, name.lastToken, 'age', true);
  }
  return terms.sort((a, b) => a.start - b.start);
}

/**
 * The first child word that says a child is there ("barn", "klass 2B", "8-åringar") and the first
 * place or activity for children ("förskolan", "sportlovet"), from the scan alone: enough for
 * bild-barn-samtycke, which needs no names or sentences.
 */
export function childWordsOf(context: TextContext): { named?: { start: number; end: number }; place?: { start: number; end: number } } {
  const { tokens } = context;
  const flags = scanner().flags(context);
  // "Anna Barn": a capitalised child word right after a first name is a surname.
  const surname = (index: number) => tokens[index]!.value[0] !== tokens[index]!.lower[0] && index > 0 && isFirstName(tokens[index - 1]!.lower) !== undefined;
  let named: { start: number; end: number } | undefined;
  const strong = scanner().hits(context, childLists.strong).find((hit) => !surname(hit.firstToken));
  if (strong) named = { start: strong.start, end: strong.end };
  for (let index = 0; index < tokens.length && (!named || named.start > tokens[index]!.start); index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token.kind !== 'word' || !next || next.sentence !== token.sentence) continue;
    const flag = flags[index]!;
    const group =
      (flag & F.classWord && classValue.test(next.value)) ||
      (flag & F.gradeWord && gradeValue.test(next.value)) ||
      (token.lower === 'i' && next.kind === 'word' && classPattern.test(next.value)) ||
      (flag & F.unitHead && next.kind === 'word' && next.value[0] !== next.lower[0]);
    if (group) named = { start: token.start, end: next.end };
    else if (token.lower.includes('-åring') && childAgePattern.test(token.lower) && isChildAge(token.lower)) named = { start: token.start, end: token.end };
    if (named?.start === token.start) break;
  }
  const place = scanner().hits(context, childLists.place)[0];
  return { ...(named ? { named } : {}), ...(place ? { place: { start: place.start, end: place.end } } : {}) };
}

const escapeText = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const childWordPattern = new RegExp(
  `(?<!\\p{L})(?:${childData.strong.map((word) => (word.endsWith('*') ? `${escapeText(word.slice(0, -1))}\\p{L}*` : escapeText(word))).join('|')})(?!\\p{L})`,
  'iu',
);

/** Does a short text (an alt text) say that children are in the picture? */
export function mentionsChildren(text: string): boolean {
  return childWordPattern.test(text);
}
