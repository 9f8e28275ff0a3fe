import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linterWith } from '../support/linter.ts';

const rulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');
/** Folders under rules/ that are not rules: the engine, shared analyses and data, the catalog's plumbing. */
const shared = new Set(['core', 'analysis', 'channels', 'spelling', 'profile', 'profiles', 'api', 'packs']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|json)$/.test(name) ? [path] : [];
  });

const specifiers = (source: string) => [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

describe('rules never import each other', () => {
  const ruleFolders = readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory() && !shared.has(name));

  test('there are rule folders to check', () => {
    expect(ruleFolders.length).toBeGreaterThan(70);
  });

  test('no file in a rule folder imports from another rule folder', () => {
    const offending: string[] = [];
    for (const folder of ruleFolders) {
      for (const file of filesUnder(join(rulesDir, folder)).filter((path) => path.endsWith('.ts'))) {
        for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
          if (!specifier.startsWith('.')) continue;
          const target = relative(rulesDir, resolve(dirname(file), specifier)).split('/')[0]!;
          if (target === folder) continue;
          if (shared.has(target)) continue;
          offending.push(`${relative(rulesDir, file)} → ${specifier}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('overlapping rules are settled from metadata, counting only enabled rules', () => {
  const text = 'Det erfordras legitimation för att hämta ut paketet.';
  const ids = (linter: ReturnType<typeof linterWith>) => linter.lintPost({ text, channels: [] }).messages.map((message) => [message.ruleId, message.actual]);

  test('with klar-svarta-listan on, "erfordras" gets its fix "krävs" and no passive finding besides', () => {
    const linter = linterWith((profile) => profile);
    expect(ids(linter)).toContainEqual(['klar-svarta-listan', 'erfordras']);
    expect(ids(linter).filter(([id]) => id === 'ton-passiv-s')).toEqual([]);
  });

  test('with klar-svarta-listan off in the profile, ton-passiv-s still flags "erfordras"', () => {
    const linter = linterWith((profile) => ({ ...profile, rules: { ...profile.rules, 'klar-svarta-listan': { severity: 'off' } } }));
    expect(ids(linter)).toEqual([['ton-passiv-s', 'erfordras']]);
  });
});
