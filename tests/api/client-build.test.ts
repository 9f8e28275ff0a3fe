import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/app-process.ts';
import { editorEntrySize } from '../support/client-entry.ts';
import { clientBuildIsStale } from '../../server/client-build.ts';

// The global setup builds the client exactly as `npm start` does, under the test runner's NODE_ENV=test.
const dist = join(projectRoot, 'dist/client');
const scripts = () => readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));

describe('the client npm start serves', () => {
  it('is a production build even when built under NODE_ENV=test, so start serves it as fresh', () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(clientBuildIsStale()).toBe(false);
    for (const file of scripts()) {
      const code = readFileSync(join(dist, 'assets', file), 'utf8');
      expect(code, file).not.toContain('Download the React DevTools');
      expect(code, file).not.toContain('react-dom.development');
    }
  });

  it('loads at most 200 kB gzip of JavaScript before the editor is usable, and the other pages on demand', () => {
    const entry = editorEntrySize(dist);
    expect(entry.gzipBytes).toBeLessThanOrEqual(200_000);
    const pages = ['ReviewPage', 'GalleryPage', 'ProfilePage', 'ExercisePage', 'RulePage', 'RulesPage'];
    for (const page of pages) {
      expect(scripts().some((file) => file.startsWith(`${page}-`)), `${page} has a chunk of its own`).toBe(true);
      expect(entry.files.some((file) => file.includes(page)), `${page} is not in the entry`).toBe(false);
    }
  });
});
