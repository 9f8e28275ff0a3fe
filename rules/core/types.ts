import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { ResolvedProfile } from '../profile/schema.ts';
import type { Lexicon, LexiconList } from './lexicon/index.ts';

export type { Category, Severity } from '../vocabulary.ts';
import type { Category, Severity } from '../vocabulary.ts';
/**
 * The languages a post is checked as: Swedish, English, or any other ("other": only the rules that
 * declare no languages run, those that read no Swedish words). stats.language names the language itself.
 */
export type Language = 'sv' | 'en' | 'other';

/** One finding a bad example must produce, as ESLint's RuleTester states its errors. */
export interface ExpectedFinding {
  /** The flagged text, exactly (the finding's `actual`; "" for a finding about the whole post or a medium). */
  actual: string;
  severity: Severity;
  /** The fixes offered, in order (the finding's `expected`); absent when the rule offers none. */
  expected?: string[];
  /** For channel rules: the channel the finding is about. */
  channel?: string;
  /** For findings in an alt text: "media[0].altText". */
  field?: string;
}

export interface RuleExample {
  bad: string;
  good: string;
  /** Every finding of this rule in `bad`, in the order the linter returns them. */
  findings?: ExpectedFinding[];
  /** Media attached to both versions, for rules that read `media`. */
  media?: MediaItem[];
  /** Channels to check both versions against, for channel rules. */
  channels?: string[];
}

export interface RuleMeta<Options extends z.ZodType = z.ZodType> {
  id: string;
  category: Category;
  severity: Severity;
  /** Swedish title shown in lists. */
  title: string;
  /** Swedish explanation: why, with the law or guideline behind it. */
  description: string;
  /** Laws and sources the rule rests on. */
  basis: string[];
  /** Section of the organisation's own guideline; a profile may fill it in. */
  guidelineRef?: string;
  examples: RuleExample[];
  /** Thresholds and switches a profile may set; parse({}) gives the defaults. */
  options?: Options;
  /** Off unless a profile turns it on (catalog: opt-in rules). */
  optIn?: boolean;
  /** Languages of posts the rule checks; absent means every language (Swedish word lists say ['sv']). */
  languages?: Language[];
  /** The rule's word lists (data files, see core/lexicon), compiled once per processor into settings.lists. */
  lists?: Record<string, unknown>;
  /**
   * Rules whose finding on the same words wins over this rule's ("erfordras": klar-svarta-listan's fix
   * "krävs" beats ton-passiv-s's). The linter settles it per text, counting only rules the profile enables.
   */
  yieldsTo?: string[];
}

export interface MediaItem {
  type: 'image' | 'video';
  altText?: string;
  decorative?: boolean;
  credit?: string;
  captions?: boolean;
  hasSpeech?: boolean;
  containsText?: boolean;
  showsPeople?: boolean;
  showsChildren?: boolean;
  consent?: 'documented' | 'missing' | 'unknown';
}

/** What every rule plugin receives from the processor built for a profile. */
export interface RuleSettings<O = Record<string, unknown>> {
  meta: RuleMeta;
  severity: Severity;
  options: O;
  profile: ResolvedProfile;
  /** The processor's word-list engine (for lists built from the profile in the attacher). */
  lexicon: Lexicon;
  /** meta.lists, compiled. */
  lists: Record<string, LexiconList>;
}

/** Per-call input that is not the text itself. */
export interface LintInput {
  channels: string[];
  media: MediaItem[];
  /** Set when the text being linted is an alt text, e.g. "media[0].altText". */
  field?: string;
  /** The language to lint as; detected from the text when absent (alt texts take their post's). */
  language?: Language;
}

export type RuleTransformer = (tree: Root, file: VFile) => void;

export interface Rule<O = any> {
  meta: RuleMeta;
  /** A unified attacher: runs once when the processor is built, returns the transformer. */
  plugin: (settings: RuleSettings<O>) => RuleTransformer;
}
