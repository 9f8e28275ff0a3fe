import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './tilltal.json' with { type: 'json' };

/** The shape of tilltal.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  polite: z.strictObject({
    ni: z.array(z.string().min(1)),
    er: z.array(z.string().min(1)),
    ert: z.array(z.string().min(1)),
    era: z.array(z.string().min(1)),
    eder: z.array(z.string().min(1)),
    eran: z.array(z.string().min(1)),
  }),
  capitalDu: z.strictObject({
    du: z.string().min(1),
    dig: z.string().min(1),
    din: z.string().min(1),
    ditt: z.string().min(1),
    dina: z.string().min(1),
  }),
  groupWords: z.array(z.string().min(1)),
  possessiveNext: z.array(z.string().min(1)),
});

/** tilltal.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-du-tilltal-ni/tilltal.json');
