import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './ranges.json' with { type: 'json' };

/** The shape of ranges.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  ranges: z.array(z.array(z.string().min(1))),
  letterlike: z.string().min(1),
  overlays: z.array(z.string().min(1)),
  smallCaps: z.record(z.string(), z.string().min(1)),
});

/** ranges.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-fejkfont-unicode/ranges.json');
