import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './app-process.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface EntrySize {
  /** The JavaScript files the editor page loads before it is usable: the entry and its static imports. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * What the editor page (`/`) loads before it is usable, from the build's Vite manifest: the entry chunk
 * and every chunk it imports statically, never the pages loaded on demand (dynamic imports).
 */
export function editorEntrySize(dist = join(projectRoot, 'dist/client')): EntrySize {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error(`No entry in ${dist}/.vite/manifest.json`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]!.imports ?? []) visit(next);
  };
  visit(entry);
  const files = [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  const contents = files.map((file) => readFileSync(join(dist, file)));
  return {
    files,
    bytes: contents.reduce((sum, content) => sum + content.length, 0),
    gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
  };
}
