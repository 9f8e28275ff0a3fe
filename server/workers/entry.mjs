// The worker pool's entry: plain JavaScript, because a worker thread starts without the TypeScript
// loader the main thread may have been given (--import tsx), and under vitest has none at all.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./tasks.ts');
// Loaded before piscina hears this thread is ready: a thread restarted after a deadline takes no
// task until it has its dictionary and linters, so no task's deadline is spent on loading.
await tasks.warm();

export const { suggest, lint, lintJson, warm } = tasks;
