import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot, startApp } from '../support/app-process.ts';

// `npm start` runs the server bundled (server/launch.mjs): built when the sources changed, reused otherwise.
const building = 'building the server with esbuild';
// What `npm start` runs, without npm in between, so that the server's own exit code is seen.
const launch = [process.execPath, 'server/launch.mjs'];

async function lintsAndSuggests(url: string) {
  const lint = await fetch(`${url}/api/lint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Ni kan söka bidraget senast den 1 mars.', channels: ['facebook'] }),
  });
  expect(lint.status).toBe(200);
  expect(((await lint.json()) as { messages: { ruleId: string }[] }).messages.map((message) => message.ruleId)).toContain('ton-du-tilltal-ni');
  // Suggestions run in the worker pool, which loads the bundled pool entry.
  const suggestions = await fetch(`${url}/api/suggestions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ word: 'Välkomen' }) });
  expect(suggestions.status).toBe(200);
  expect(((await suggestions.json()) as { suggestions: string[] }).suggestions).toContain('Välkommen');
  // The page is served too: the client build is found from the bundle.
  expect((await fetch(url)).status).toBe(200);
}

describe('npm start runs the bundled server', () => {
  test('builds on the first start, serves lint and pool tasks from the bundle, and rebuilds only when a source or the launcher changed', { timeout: 180_000 }, async () => {
    // Its own bundle folder, apart from the one the other tests' starts share; inside the checkout, as
    // dist/server is, so that the bundle finds its packages in node_modules.
    mkdirSync(join(projectRoot, 'dist'), { recursive: true });
    const bundleDir = mkdtempSync(join(projectRoot, 'dist', 'launch-test-'));
    const env = { POSTKOLL_SERVER_BUNDLE_DIR: bundleDir, POSTKOLL_WORKERS: '2' };
    const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.start).toBe('node server/launch.mjs');
    try {
      const first = await startApp(env, launch);
      try {
        expect(first.logs.some((line) => line.includes(building))).toBe(true);
        await lintsAndSuggests(first.url);
      } finally {
        expect(await first.stop()).toBe(0);
      }

      // The start entry imports only what the cluster's primary needs (it builds, migrates and forks); the
      // server's packages are in chunks loaded by the workers' dynamic imports, so the primary never loads them.
      const built = JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')) as { outputs: Record<string, string>; files: string[] };
      const primaryPackages = new Set<string>();
      const primaryFiles = new Set<string>();
      const walk = (file: string) => {
        if (primaryFiles.has(file)) return;
        primaryFiles.add(file);
        for (const [, specifier] of readFileSync(join(bundleDir, file), 'utf8').matchAll(/^import (?:[^;]*? from )?"([^"]+)";$/gms)) {
          if (specifier!.startsWith('./')) walk(specifier!.slice(2));
          else primaryPackages.add(specifier!);
        }
      };
      walk(built.outputs.start!);
      // It migrates the database (better-sqlite3) and reads the settings (zod), nothing of the rules or the app.
      expect(primaryPackages).toContain('better-sqlite3');
      for (const serverPackage of ['express', 'pg', 'franc', 'twitter-text', 'unified', 'piscina']) expect(primaryPackages).not.toContain(serverPackage);
      expect(built.files).toContain(built.outputs['pool-entry']);
      expect(built.files.length).toBeGreaterThan(2);
      for (const file of built.files) expect(existsSync(join(bundleDir, file)), file).toBe(true);

      const second = await startApp(env, launch);
      expect(second.logs.some((line) => line.includes(building))).toBe(false);
      expect(await second.stop()).toBe(0);

      // A source that no longer matches the build (as after an edit or a pull) makes the next start build again.
      const manifestFile = join(bundleDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { inputs: Record<string, string> };
      expect(Object.keys(manifest.inputs)).toContain('rules/core/linter.ts');
      manifest.inputs['rules/core/linter.ts'] = 'a different hash';
      writeFileSync(manifestFile, JSON.stringify(manifest));
      const third = await startApp(env, launch);
      expect(third.logs.some((line) => line.includes(building))).toBe(true);
      expect(await third.stop()).toBe(0);

      // So does a change to how the bundle is built (server/launch.mjs itself).
      const rebuilt = JSON.parse(readFileSync(manifestFile, 'utf8')) as { launcher: string };
      rebuilt.launcher = 'an older launcher';
      writeFileSync(manifestFile, JSON.stringify(rebuilt));
      const fourth = await startApp(env, launch);
      expect(fourth.logs.some((line) => line.includes(building))).toBe(true);
      expect(await fourth.stop()).toBe(0);
    } finally {
      rmSync(bundleDir, { recursive: true, force: true });
    }
  });
});
