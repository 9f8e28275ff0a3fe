import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { lexiconFileSchema } from '../../rules/core/lexicon/index.ts';
import { profileSchema } from '../../rules/profile/schema.ts';

const rulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

const filesUnder = (dir: string, pattern: RegExp): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });

const dataFiles = filesUnder(rulesDir, /\.json$/);
const modules = filesUnder(rulesDir, /\.ts$/);
/** A data file with a shape of its own has `<name>.schema.ts` next to it; profiles have the profile schema. */
const schemaModuleOf = (file: string) => file.replace(/\.json$/, '.schema.ts');
const isProfile = (file: string) => relative(rulesDir, file).startsWith('profiles/');
const ownShape = dataFiles.filter((file) => existsSync(schemaModuleOf(file)));

describe('every data file under rules/ has a validated shape', () => {
  test('there are data files to check', () => {
    expect(dataFiles.length).toBeGreaterThan(40);
  });

  test.each(dataFiles.map((file) => [relative(rulesDir, file), file]))('%s parses with the lexicon list schema or its named schema', async (_name, file) => {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    let schema: z.ZodType = lexiconFileSchema;
    if (isProfile(file)) schema = profileSchema;
    else if (existsSync(schemaModuleOf(file))) schema = ((await import(schemaModuleOf(file))) as { schema: z.ZodType }).schema;
    const result = schema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    if (!isProfile(file)) expect((data as { source?: string }).source?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  test('a data file of its own shape is imported only through its schema module (validated at load)', () => {
    const unvalidated: string[] = [];
    for (const module of modules.filter((path) => !path.endsWith('.schema.ts'))) {
      for (const match of readFileSync(module, 'utf8').matchAll(/from\s+'([^']+\.json)'/g)) {
        const target = resolve(dirname(module), match[1]!);
        if (ownShape.includes(target)) unvalidated.push(`${relative(rulesDir, module)} → ${relative(rulesDir, target)}`);
      }
    }
    expect(unvalidated).toEqual([]);
  });
});
