// What a worker pool thread loads: the tasks, warmed before piscina hears the thread is ready, so that a
// thread restarted after a deadline takes no task until it has its dictionary and linters and no task's
// deadline is spent on loading. Bundled with the server by `npm start` (server/launch.mjs); entry.mjs
// loads it through tsx otherwise.
import * as tasks from './tasks.ts';

await tasks.warm();

export const { suggest, lint, lintJson, warm } = tasks;
