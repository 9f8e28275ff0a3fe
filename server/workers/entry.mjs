// The worker pool's entry: plain JavaScript, because a worker thread starts without the TypeScript
// loader the main thread may have been given (--import tsx), and under vitest has none at all.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./tasks.ts');

export const { suggest, lint, warm } = tasks;
