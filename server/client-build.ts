import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when dist/client is missing or older than the client sources, the shared rule schemas or the Vite config. */
export function clientBuildIsStale(): boolean {
  const built = join(root, 'dist/client/index.html');
  if (!existsSync(built)) return true;
  const sources = ['client', 'rules/api', 'vite.config.ts', 'package.json'].map((path) => join(root, path)).filter(existsSync);
  return Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs;
}

/** Builds the client with Vite when needed, so that `npm start` works on a fresh checkout. */
export async function buildClientIfNeeded(log: (message: string) => void): Promise<void> {
  if (!clientBuildIsStale()) return;
  log('building the client with Vite');
  const { build } = await import('vite');
  await build({ root: join(root, 'client'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
