import type { LintResponse } from '../../../rules/api/schemas.ts';

type Stats = LintResponse['stats'];

const languageNames = new Intl.DisplayNames(['sv'], { type: 'language' });
/** The language's Swedish name ("finska"). */
export const nameOf = (code: string) => languageNames.of(code) ?? code;
const listOf = (names: string[]) => new Intl.ListFormat('sv', { type: 'disjunction' }).format(names);
const skipped = 'kontrollerna som bygger på svenska ord (ton, klarspråk och känsliga uppgifter)';

/** The note's Swedish text, or null when the Swedish word checks ran on the whole post. */
export function languageNoteText(stats: Stats | null): string | null {
  if (!stats?.swedishWordChecks || stats.swedishWordChecks === 'all' || !stats.language) return null;
  if (stats.swedishWordChecks === 'none') {
    return `Texten verkar vara på ${nameOf(stats.language)}, så ${skipped} har inte körts. Personnummer, telefonnummer, e-post, kanaler, tillgänglighet och media har kontrollerats som vanligt.`;
  }
  if (stats.language !== 'sv') return `Texten verkar mest vara på ${nameOf(stats.language)}. ${skipped.charAt(0).toUpperCase()}${skipped.slice(1)} har bara körts på de svenska styckena.`;
  const others = [...new Set((stats.otherLanguages ?? []).map((part) => nameOf(part.language)))];
  return `Ett eller flera stycken verkar vara på ${listOf(others)}. Där har ${skipped} inte körts.`;
}

/** Says which language the post seems to be in when the Swedish word checks did not run on all of it. */
export function LanguageNote({ stats }: { stats: Stats | null }) {
  const text = languageNoteText(stats);
  // The live region stays in place so that a screen reader hears the note when it appears.
  return <div role="status">{text && <p className="notice language-note">{text}</p>}</div>;
}
