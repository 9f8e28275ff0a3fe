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
    const started = process.hrtime.bigint();
    let logged = false;
    // 'close' without 'finish': the client went away before the answer was out.
    const log = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      // A route's path is code (a string or RegExp), never request data.
      const route = req.route ? `${mountPattern(req.baseUrl)}${String(req.route.path)}` : '(ingen route)';
      logger.info(
        {
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          ...(aborted ? { aborted } : {}),
        },
        'request',
      );
    };
    res.on('finish', () => log(false));
    res.on('close', () => log(true));
    next();
  };
}
