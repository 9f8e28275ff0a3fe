import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './words.json' with { type: 'json' };

/** The shape of words.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  threats: z.array(z.string().min(1)),
  hate: z.array(z.string().min(1)),
  minors: z.array(z.string().min(1)),
  crimeCalls: z.array(z.string().min(1)),
  descriptors: z.array(z.string().min(1)),
  piracyHosts: z.array(z.string().min(1)),
  violence: z.array(z.string().min(1)),
});

/** words.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/legal-bbs-brottsligt-innehall/words.json');
