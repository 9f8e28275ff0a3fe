import pino, { type DestinationStream, type Logger } from 'pino';
import type { RequestHandler } from 'express';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/**
 * A router's mount path as Express reports it is the matched URL, not the pattern: a router mounted
 * at "/api/drafts/:token" would put the token there. Keep only short lowercase words.
 */
const mountPattern = (baseUrl: string) =>
  baseUrl
    .split('/')
    .map((segment) => (segment === '' || /^[a-z][a-z-]{0,19}$/.test(segment) ? segment : ':param'))
    .join('/');

/**
 * One line per request: method, the matched route pattern (so no tokens), status and duration.
 * Never the URL, query, headers or body: drafts may hold the very personal data we warn about.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    // 'close' comes last, whether the answer went out or not: one listener instead of 'finish' and 'close'.
    res.on('close', () => {
      // Not finished: the client went away before the answer was out.
      const aborted = !res.writableFinished;
      // A route's path is code (a string or RegExp), never request data.
      const route = req.route ? `${mountPattern(req.baseUrl)}${String(req.route.path)}` : '(ingen route)';
      logger.info(
        {
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: performance.now() - started,
          ...(aborted ? { aborted } : {}),
        },
        'request',
      );
    });
    next();
  };
}
