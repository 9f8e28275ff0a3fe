// `npm start`: the server as bundled ES modules, built by esbuild from server/start.ts (and the worker
// pool's entry) whenever one of their inputs changed, then run with plain Node.
//
// Plain JavaScript on purpose: run through tsx, each server process loaded some 300 TypeScript modules
// through loader hooks on a second thread, and two processes starting at once took 3.8 s to listen on a
// slow 2-core machine; the bundle loads in well under half of that. `npm run dev`, the CLI and the tests
// that import the sources still run them through tsx. Each source's `import.meta.url` is kept as its own
// file's URL in the bundle, so data files found relative to a module (profiles, name data, the client
// build, the dictionary cache) are found where they are in the checkout.
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pino from 'pino';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the bundles and their manifest go: inside the checkout, so that their packages resolve from node_modules (a test gives each run its own folder). */
const bundleDir = process.env.POSTKOLL_SERVER_BUNDLE_DIR ?? join(root, 'dist/server');
const manifestFile = join(bundleDir, 'manifest.json');
const entryPoints = { start: join(root, 'server/start.ts'), 'pool-entry': join(root, 'server/workers/pool-entry.ts') };

const hashOf = (text) => createHash('sha256').update(text).digest('hex');
/** This file decides how the bundle is built: a change to it is a change to the build. */
const launcherHash = hashOf(readFileSync(fileURLToPath(import.meta.url)));

/** The manifest of the last build, or null. */
function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return null;
  }
}

/** Whether the last build is of this checkout, this Node and the sources as they are now. */
function isFresh(manifest) {
  if (!manifest || manifest.root !== root || manifest.node !== process.version || manifest.launcher !== launcherHash) return false;
  try {
    return Object.entries(manifest.inputs).every(([file, hash]) => hashOf(readFileSync(join(root, file))) === hash);
  } catch {
    return false;
  }
}

/** Keeps `import.meta.url` of every TypeScript source as the URL of its own file. */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.m?ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/**
 * Builds the bundles when the sources changed since the last build. Outputs carry their content hash in
 * their names and the manifest is replaced in one rename, so that two starts at once never read half a build.
 */
export async function buildServerIfNeeded(log) {
  const manifest = readManifest();
  if (isFresh(manifest)) return manifest;
  log('building the server with esbuild');
  const { build } = await import('esbuild');
  mkdirSync(bundleDir, { recursive: true });
  const result = await build({
    entryPoints,
    absWorkingDir: root,
    entryNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    outdir: bundleDir,
    bundle: true,
    // Each dynamic import() in the sources becomes a chunk of its own, loaded when it is reached. Without
    // splitting, esbuild hoists every package the bundle imports to its top, so the cluster's primary,
    // which only builds, migrates and forks, loaded express, pg and every rule's packages as well.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    // Enough for stack traces to name the source file and line; the sources themselves stay out of the map.
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceUrls],
  });
  const outputs = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    // A dynamic import's chunk names its source as an entry point too; only the two named ones are kept here.
    const name = output.entryPoint && Object.keys(entryPoints).find((entry) => join(root, output.entryPoint) === entryPoints[entry]);
    if (name) outputs[name] = relative(bundleDir, join(root, file));
  }
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) if (!file.includes('node_modules/')) inputs[file] = hashOf(readFileSync(join(root, file)));
  // Every file of this build, chunks included: the next build keeps them while a start may still load them.
  const files = Object.keys(result.metafile.outputs).map((file) => relative(bundleDir, join(root, file))).filter((file) => file.endsWith('.mjs'));
  const next = { root, node: process.version, launcher: launcherHash, outputs, files, inputs };
  writeFileSync(`${manifestFile}.${process.pid}`, `${JSON.stringify(next)}\n`);
  renameSync(`${manifestFile}.${process.pid}`, manifestFile);
  // Earlier builds' files, except any a start still running may be about to load.
  const keep = new Set([...next.files, ...(manifest?.files ?? Object.values(manifest?.outputs ?? {}))].flatMap((file) => [file, `${file}.map`]));
  for (const file of readdirSync(bundleDir)) if (/\.mjs(\.map)?$/.test(file) && !keep.has(file)) rmSync(join(bundleDir, file), { force: true });
  return next;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const log = (message) => {
    // A bad LOG_LEVEL is the server's to refuse, with its Swedish message: this line only must not throw first.
    const levels = ['silent', ...Object.keys(pino.levels.values)];
    const level = levels.includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL : 'info';
    pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }).info(message);
  };
  // A cluster's workers run this file too, after the primary has built: they only read the manifest.
  const manifest = cluster.isWorker ? readManifest() : await buildServerIfNeeded(log);
  // Stack traces in the logs point at the sources, as they do under tsx.
  process.setSourceMapsEnabled(true);
  globalThis[Symbol.for('postkoll.poolEntry')] = pathToFileURL(join(bundleDir, manifest.outputs['pool-entry'])).href;
  await import(pathToFileURL(join(bundleDir, manifest.outputs.start)).href);
}
