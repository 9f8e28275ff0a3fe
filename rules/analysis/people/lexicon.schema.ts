import { z } from 'zod';
import { dataFile, dataFileSchema } from '../../core/data-file.ts';
import raw from './lexicon.json' with { type: 'json' };

/** The shape of lexicon.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  surnameParticles: z.array(z.string().min(1)),
  familyHeads: z.array(z.string().min(1)),
  possessives: z.array(z.string().min(1)),
  relationNouns: z.strictObject({
    private: z.array(z.string().min(1)),
    work: z.array(z.string().min(1)),
  }),
  singularDeterminers: z.array(z.string().min(1)),
  generalQuantifiers: z.array(z.string().min(1)),
  roleNouns: z.strictObject({
    indefinite: z.array(z.string().min(1)),
    definite: z.array(z.string().min(1)),
  }),
  agePattern: z.string().min(1),
  placePrepositions: z.array(z.string().min(1)),
  placeSuffixes: z.array(z.string().min(1)),
  institutionHeads: z.array(z.string().min(1)),
  institutionTails: z.array(z.string().min(1)),
  adultRoles: z.array(z.string().min(1)),
  contactVerbs: z.array(z.string().min(1)),
  thirdPersonPronouns: z.array(z.string().min(1)),
  workContext: z.array(z.string().min(1)),
  workContextAfter: z.array(z.string().min(1)),
  lectureWords: z.array(z.string().min(1)),
  speechVerbs: z.array(z.string().min(1)),
  placeContextVerbs: z.array(z.string().min(1)),
  groupDeterminers: z.array(z.string().min(1)),
});

/** lexicon.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/lexicon.json');
