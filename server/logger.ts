import pino, { type DestinationStream, type Logger } from 'pino';
import type { RequestHandler } from 'express';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/**
 * One line per request: method, the matched route pattern (so no tokens), status and duration.
 * Never the URL, query, headers or body: drafts may hold the very personal data we warn about.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : req.baseUrl || '(ingen route)';
      logger.info(
        { method: req.method, route, status: res.statusCode, durationMs: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    next();
  };
}
