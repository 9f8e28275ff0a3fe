import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './ranges.json' with { type: 'json' };

/** The shape of ranges.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  ranges: z.array(strings),
  letterlike: z.string().min(1),
  overlays: strings,
  smallCaps: z.record(z.string(), z.string().min(1)),
});

/** ranges.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-fejkfont-unicode/ranges.json');
