import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../../core/data-file.ts';
import raw from './lexicon.json' with { type: 'json' };

/** The shape of lexicon.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  surnameParticles: strings,
  familyHeads: strings,
  possessives: strings,
  relationNouns: z.strictObject({
    private: strings,
    work: strings,
  }),
  singularDeterminers: strings,
  generalQuantifiers: strings,
  roleNouns: z.strictObject({
    indefinite: strings,
    definite: strings,
  }),
  agePattern: z.string().min(1),
  placePrepositions: strings,
  placeSuffixes: strings,
  institutionHeads: strings,
  institutionTails: strings,
  adultRoles: strings,
  contactVerbs: strings,
  thirdPersonPronouns: strings,
  workContext: strings,
  workContextAfter: strings,
  lectureWords: strings,
  speechVerbs: strings,
  placeContextVerbs: strings,
  groupDeterminers: strings,
});

/** lexicon.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/lexicon.json');
