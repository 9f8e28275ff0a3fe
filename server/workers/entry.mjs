// The worker pool's entry when the server runs from its TypeScript sources: plain JavaScript, because a
// worker thread starts without the TypeScript loader the main thread may have been given (--import tsx),
// and under vitest has none at all. `npm start` runs the bundled pool-entry instead (server/launch.mjs).
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./pool-entry.ts');

export const { suggest, lint, lintJson, warm } = tasks;
