import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './tilltal.json' with { type: 'json' };

/** The shape of tilltal.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  polite: z.strictObject({
    ni: strings,
    er: strings,
    ert: strings,
    era: strings,
    eder: strings,
    eran: strings,
  }),
  capitalDu: z.strictObject({
    du: z.string().min(1),
    dig: z.string().min(1),
    din: z.string().min(1),
    ditt: z.string().min(1),
    dina: z.string().min(1),
  }),
  groupWords: strings,
  possessiveNext: strings,
});

/** tilltal.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-du-tilltal-ni/tilltal.json');
