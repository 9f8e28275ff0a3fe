import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './app-process.ts';
import { launchBrowser } from './browser.ts';
import type { RuleInfo } from '../../rules/api/schemas.ts';

export interface BrowserSuite {
  app: RunningApp;
  browser: Browser;
  /** The rule catalog as the running app serves it. */
  rules: RuleInfo[];
}

/**
 * Starts the app (the real `npm start` process, with `env` added to its environment) and Chromium
 * before a file's tests and stops both after them; `ready` receives them, with the rule catalog, once both are up.
 */
export function startAppAndBrowser(ready: (suite: BrowserSuite) => void, env: Record<string, string> | (() => Record<string, string>) = {}): void {
  const started: Partial<BrowserSuite> = {};
  beforeAll(async () => {
    started.app = await startApp(typeof env === 'function' ? env() : env);
    started.browser = await launchBrowser();
    started.rules = ((await (await fetch(`${started.app.url}/api/rules`)).json()) as { rules: RuleInfo[] }).rules;
    ready(started as BrowserSuite);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.stop();
  });
}

/** expect.poll with room for a busy machine (the default gives up after one second). */
export const eventually = <T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });
