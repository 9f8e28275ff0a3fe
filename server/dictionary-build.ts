import { pathToFileURL } from 'node:url';
import { prepareSwedishDictionary } from '../rules/spelling/dictionary.ts';

/**
 * Loads the Swedish spelling dictionary, compiling it into node_modules/.cache/postkoll first when
 * that cache is missing or was built from other inputs (about 4 s; later starts read it in tens of
 * milliseconds). A cache that cannot be written only costs the next start the same 4 s.
 */
export function buildDictionaryIfNeeded(log: (message: string) => void, warn: (message: string) => void = log): void {
  const started = performance.now();
  const result = prepareSwedishDictionary();
  if (result.source === 'cache') return;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`built the spelling dictionary cache in ${seconds} s (${result.cacheProblem === 'missing' ? 'none yet for these inputs' : `the cached one is unusable: ${result.cacheProblem}`})`);
  if (result.writeProblem) warn(`could not write the spelling dictionary cache ${result.file}: ${result.writeProblem}`);
}

// `npm run build`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildDictionaryIfNeeded((message) => process.stdout.write(`${message}\n`), (message) => process.stderr.write(`${message}\n`));
}
