import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { ServingConfig } from './config-serving.ts';
import { answerClientErrors } from './errors.ts';

/**
 * The HTTP server with limits chosen for this service instead of Node's defaults (60 s for headers,
 * 300 s per request, no connection cap): a client that sends its headers or body slowly is answered
 * 408 within seconds, and every other refusal Node makes has the API's JSON shape.
 */
export function createHttpServer(app: Express, { http }: ServingConfig): Server {
  const server = createServer(
    {
      headersTimeout: http.headersTimeoutMs,
      requestTimeout: http.requestTimeoutMs,
      keepAliveTimeout: http.keepAliveTimeoutMs,
      // How often Node looks for requests past those timeouts (30 s by default, longer than the timeouts).
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  server.maxConnections = http.maxConnections;
  // An Expect header other than 100-continue: the app answers it (417 with a JSON body) instead of Node.
  server.on('checkExpectation', app);
  answerClientErrors(server);
  return server;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, finish the requests in flight, then run the
 * clean-up steps and exit 0. A request a client already sent on an idle keep-alive connection is
 * still answered (with Connection: close): such connections stay open for a short grace period
 * instead of being cut at once, which would reset that request. Node's own server.close() cuts
 * them at once, so only the listening socket is closed here (net.Server's close).
 */
export function shutdownOn(server: Server, logger: Logger, cleanup: Array<() => unknown>, { graceMs = 1_000, forceMs = 10_000 } = {}) {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new connections, finishing requests in flight');
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    NetServer.prototype.close.call(server, async () => {
      for (const step of cleanup) await step();
      logger.info('stopped');
      process.exit(0);
    });
    setTimeout(() => server.closeIdleConnections(), graceMs).unref();
    setTimeout(() => server.closeAllConnections(), forceMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
