import { Writable } from 'node:stream';
import { createApp } from '../../server/app.ts';
import { configFromEnv, type ServerConfig } from '../../server/config.ts';
import { createLinters } from '../../server/linters.ts';
import { createLogger } from '../../server/logger.ts';

let linters: ReturnType<typeof createLinters> | undefined;

/** Built once per test file: the spelling dictionary alone takes about two seconds. */
export const sharedLinters = () => (linters ??= createLinters(undefined, 'alingsas'));

/** The real Express app as `npm start` builds it, minus the built client; log lines are collected. */
export function testApp(config: Partial<ServerConfig> = {}) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const app = createApp({
    config: { ...configFromEnv({}), rateLimitPerMinute: 100_000, ...config },
    linters: sharedLinters(),
    logger: createLogger('info', destination),
    serveClient: false,
  });
  return { app, logLines: lines };
}
