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

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

const sharedHeaders = {
  crossOriginEmbedderPolicy: false,
  // Same answer as frame-ancestors 'none', for browsers that only read the older header.
  frameguard: { action: 'deny' as const },
};

/**
 * helmet for pages and assets: a strict CSP whose style nonce CodeMirror's base theme carries. No
 * upgrade-insecure-requests: on a plain-HTTP intranet host it would send every asset to https and
 * break the page. For the API, which only answers JSON, a CSP that allows nothing at all, and no nonce.
 */
function securityHeaders() {
  const page = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    ...sharedHeaders,
  });
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    ...sharedHeaders,
  });
  return {
    api,
    page: ((req, res, next) => {
      res.locals.cspNonce = newNonce();
      page(req, res, next);
    }) as express.RequestHandler,
  };
}

export function createApp({ config, linters, logger, routers = [], serveClient = true }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.set('query parser', 'simple');

  app.use(requestLog(logger));
  // API answers change per request or are small; pages carry a fresh nonce each time. A hash of each
  // body (often 10+ kB of findings) would buy nothing.
  app.set('etag', false);
  const headers = securityHeaders();
  app.use((req, res, next) => (isApi(req.path) ? headers.api : headers.page)(req, res, next));
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      // draft-7's RateLimit and RateLimit-Policy headers; draft-8 adds a hash of the client key to every answer.
      standardHeaders: 'draft-7',
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
  app.use(catalogRoutes(linters, config.retentionDays ? { retentionDays: config.retentionDays } : {}));
  app.use(lintRoutes(linters));
  app.use(suggestionRoutes());
  for (const router of routers) app.use(router);
  app.use('/api', (_req, _res, next) => next(new ApiError('not_found', 'Det finns ingen sådan adress i API:et.')));
  if (serveClient) app.use(clientRoutes());
  app.use(errorHandler(logger));
  return app;
}
