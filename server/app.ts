import express, { type Express } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import { ApiError, errorBody, errorHandler, requireJson } from './errors.ts';
import { requestLog } from './logger.ts';
import { lintRoutes } from './routes/lint.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { suggestionRoutes } from './routes/suggestions.ts';
import { clientRoutes, newNonce } from './client-assets.ts';
import { openApiDocument } from './openapi.ts';
import type { Linters } from './linters.ts';
import type { ServerConfig } from './config.ts';

export interface AppDependencies {
  config: ServerConfig;
  linters: Linters;
  logger: Logger;
  /** Extra API routers (the review workflow), mounted before the client. */
  routers?: express.Router[];
  /** Serve the built client from dist/ (off in API tests). */
  serveClient?: boolean;
}

export function createApp({ config, linters, logger, routers = [], serveClient = true }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.set('query parser', 'simple');

  app.use(requestLog(logger));
  app.use((_req, res, next) => {
    res.locals.cspNonce = newNonce();
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // CodeMirror injects its base theme as a style element carrying this nonce.
          styleSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      // Same answer as frame-ancestors 'none', for browsers that only read the older header.
      frameguard: { action: 'deny' },
    }),
  );

  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => {
        res.status(429).json(errorBody(new ApiError('rate_limited', 'Du har skickat många förfrågningar på kort tid. Vänta en liten stund och försök igen.')));
      },
    }),
  );
  app.use('/api', requireJson);
  app.use('/api', express.json({ limit: config.bodyLimit, strict: false }));

  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use(catalogRoutes(linters));
  app.use(lintRoutes(linters));
  app.use(suggestionRoutes());
  for (const router of routers) app.use(router);
  app.use('/api', (_req, _res, next) => next(new ApiError('not_found', 'Det finns ingen sådan adress i API:et.')));
  if (serveClient) app.use(clientRoutes());
  app.use(errorHandler(logger));
  return app;
}
