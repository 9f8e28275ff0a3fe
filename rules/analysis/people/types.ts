/** The shapes the person analysis gives the rules. */

export interface PersonName {
  start: number;
  end: number;
  firstToken: number;
  /** Half-open. */
  lastToken: number;
  segment: number;
  value: string;
  /** A first name followed by a capitalised surname. */
  full: boolean;
  /** Written in the genitive ("Annas"). */
  genitive: boolean;
  /** Named in a professional role ("rektor Anna Berg", "kontakta Kim", "Anna Berg, kurator"). */
  staff: boolean;
  /** Quoted or cited ("…, säger Anna Berg", "enligt Anna Berg", "Anna Berg berättar att …"): a source, not the subject. */
  source: boolean;
  /** Named as a colleague ("vår kollega Sara Lind", "medarbetaren Kim"). */
  colleague: boolean;
  /** The role word the name stands with ("rektor", "polisen"), if any. */
  role?: string;
  /** Named with one of the profile's public roles ("kommunstyrelsens ordförande Anna Berg"). */
  publicRole: boolean;
}

export type IdentifierKind = 'full-name' | 'first-name' | 'family' | 'possessive' | 'role-place';

export interface Identifier {
  kind: IdentifierKind;
  start: number;
  end: number;
  segment: number;
  value: string;
  /** Someone named in a professional role, not a client or child. */
  staff: boolean;
  /** A person quoted or cited, a source of what the sentence says rather than its subject. */
  source: boolean;
  /** A colleague or employee ("vår medarbetare Kim"). */
  colleague: boolean;
  /** The role word a name stands with ("rektor", "polisen"), if any. */
  role?: string;
}

export type ChildTier = 'strong' | 'place' | 'class' | 'grade' | 'age' | 'unit';

export interface ChildTerm {
  start: number;
  end: number;
  segment: number;
  tier: ChildTier;
  /** Points at one child ("eleven", "en 8-åring", "ett barn"). */
  singular: boolean;
  value: string;
}

export interface PlaceSpan {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  segment: number;
  /** The whole kommun or the organisation itself: too broad to identify anyone. */
  broad: boolean;
  school: boolean;
  /**
   * The profile's gazetteer, a known place (places.json: kommuner, localities, world places), a known
   * organisation or brand that looks like a person's name (places.json organisations; never a
   * surname), a place suffix ("-gatan", "-skolan"), an institution word
   * ("förskolan X", "X IF"), or a name followed by an organisation head ("Astrid Lindgrens barnsjukhus")
   * or standing after "i/på/vid".
   */
  source: 'gazetteer' | 'known' | 'brand' | 'pattern' | 'institution' | 'named';
}

export interface PeopleAnalysis {
  /** Segment (sentence, split further at ". X") of each token. */
  segmentOf: number[];
  names: PersonName[];
  identifiers: Identifier[];
  places: PlaceSpan[];
  /** Place span index + 1 for each token, 0 when the token is not part of a place. */
  placeOf: number[];
  /** Segments that contain han/hon/hen/hans/hennes … */
  pronounSegments: Set<number>;
  /** Segments about a talk, course or tips ("föreläser", "berättar", "tipsar"): a keyword after "om" there is a topic. */
  lectureSegments: Set<number>;
  /** Lexicon flags of each token (internal to the people module's helpers). */
  flags: number[];
  children(): ChildTerm[];
  /** Segment of a text offset (the token at or after it). */
  segmentAt(offset: number): number;
}

