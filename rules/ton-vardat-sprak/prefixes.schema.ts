import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './prefixes.json' with { type: 'json' };

/** The shape of prefixes.json: vulgar first parts of compounds and the milder one that replaces them. */
export const schema = dataFileSchema({
  vulgarPrefixes: strings,
  milderPrefix: z.string().min(1),
});

/** prefixes.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-vardat-sprak/prefixes.json');
