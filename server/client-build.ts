import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Written beside the build: a build made by anything else (a plain `vite build` under NODE_ENV=test) is never served. */
const buildInfoFile = join(root, 'dist/client/postkoll-build.json');

function builtForProduction(): boolean {
  try {
    return (JSON.parse(readFileSync(buildInfoFile, 'utf8')) as { mode?: string }).mode === 'production';
  } catch {
    return false;
  }
}

/**
 * True when dist/client is missing, was not built for production by `buildClientIfNeeded`, or is older
 * than the client sources, the shared rule schemas or the Vite config.
 */
export function clientBuildIsStale(): boolean {
  const built = join(root, 'dist/client/index.html');
  if (!existsSync(built) || !builtForProduction()) return true;
  const sources = ['client', 'rules/api', 'vite.config.ts', 'package.json'].map((path) => join(root, path)).filter(existsSync);
  return Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs;
}

/**
 * Builds the client with Vite when needed, so that `npm start` works on a fresh checkout, and always as a
 * production build. Vite takes NODE_ENV from the environment when it is set, and the test runner sets it
 * to "test": React's development build (three times the size, with its dev-only warnings) would then be
 * built and later served by `npm start` as if it were fresh.
 */
export async function buildClientIfNeeded(log: (message: string) => void, force = false): Promise<void> {
  if (!force && !clientBuildIsStale()) return;
  log('building the client with Vite');
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: join(root, 'client'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(buildInfoFile, `${JSON.stringify({ mode: 'production' })}\n`);
}

// `npm run build`: always builds.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildClientIfNeeded((message) => process.stdout.write(`${message}\n`), true);
}
