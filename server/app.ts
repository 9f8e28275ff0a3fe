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
import { createWorkPool, type WorkPool } from './work-pool.ts';
import { noteArrival } from './arrival.ts';

export interface AppDependencies {
  config: ServerConfig;
  linters: Linters;
  logger: Logger;
  /** Extra API routers (the review workflow), mounted before the client. */
  routers?: express.Router[];
  /** Serve the built client from dist/ (off in API tests). */
  serveClient?: boolean;
  /** The worker pool (start.ts owns and closes it); made on first use when absent. */
  pool?: WorkPool;
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

const sharedHeaders = (https: boolean) => ({
  crossOriginEmbedderPolicy: false,
  // Same answer as frame-ancestors 'none', for browsers that only read the older header.
  frameguard: { action: 'deny' as const },
  // HSTS only where the deployment says it is reached over HTTPS (POSTKOLL_HTTPS): sent over plain
  // HTTP it is ignored at best, and a later HTTPS answer on the same host would pin it there.
  strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
});

/**
 * helmet for pages and assets: a strict CSP whose style nonce CodeMirror's base theme carries. No
 * upgrade-insecure-requests: on a plain-HTTP intranet host it would send every asset to https and
 * break the page. For the API, which only answers JSON, a CSP that allows nothing at all, and no nonce.
 */
function securityHeaders(https: boolean) {
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
    ...sharedHeaders(https),
  });
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    ...sharedHeaders(https),
  });
  return {
    api,
    page: ((req, res, next) => {
      res.locals.cspNonce = newNonce();
      page(req, res, next);
    }) as express.RequestHandler,
  };
}

const notFound = () => new ApiError('not_found', 'Det finns ingen sådan adress.');

/**
 * Node asks the app about an Expect header it does not know (start.ts passes 'checkExpectation'
 * here); answered like every other refusal, with a body and the security headers, instead of
 * Node's bare 417.
 */
const refuseExpectation: express.RequestHandler = (req, res, next) => {
  const expect = req.headers.expect;
  if (expect === undefined || /^100-continue$/i.test(expect)) return next();
  res.status(417).json(errorBody(new ApiError('invalid_request', 'Servern kan inte uppfylla huvudet Expect. Skicka förfrågan utan det.')));
};

export function createApp({ config, linters, logger, routers = [], serveClient = true, pool }: AppDependencies): Express {
  const app = express();
  let ownPool: WorkPool | undefined;
  const workPool = () => pool ?? (ownPool ??= createWorkPool(config.serving.pool, { profilesDir: config.profilesDir, defaultProfile: linters.defaultProfile, maxFindingsPerRule: config.serving.maxFindingsPerRule }));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.set('query parser', 'simple');

  app.use(noteArrival);
  app.use(requestLog(logger));
  // API answers change per request or are small; pages carry a fresh nonce each time. A hash of each
  // body (often 10+ kB of findings) would buy nothing.
  app.set('etag', false);
  const headers = securityHeaders(config.serving.https);
  app.use((req, res, next) => (isApi(req.path) ? headers.api : headers.page)(req, res, next));
  app.use(refuseExpectation);
  // Express would answer OPTIONS itself, in plain text; the app has no cross-origin callers to preflight.
  app.use((req, _res, next) => next(req.method === 'OPTIONS' ? notFound() : undefined));
  // Each server process counts on its own (in memory): with POSTKOLL_WORKERS processes, or several
  // instances behind a load balancer, a client that reaches k of them may send k times the limit.
  // The policy header says so (draft-7's comment parameter); README "Deployment" too.
  const ratePolicy = `${config.rateLimitPerMinute};w=60;comment="per server process"`;
  // Everything the API applies before its routes, in one router: Express strips and restores the
  // "/api" prefix once per request instead of once per middleware.
  const api = express.Router();
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      // draft-7's RateLimit and RateLimit-Policy headers; draft-8 adds a hash of the client key to every answer.
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, res) => {
        res.setHeader('RateLimit-Policy', ratePolicy);
        res.status(429).json(errorBody(new ApiError('rate_limited', 'Du har skickat många förfrågningar på kort tid. Vänta en liten stund och försök igen.')));
      },
    }),
  );
  api.use((_req, res, next) => {
    res.setHeader('RateLimit-Policy', ratePolicy);
    next();
  });
  api.use(requireJson);
  api.use(express.json({ limit: config.bodyLimit, strict: false }));
  app.use('/api', api);

  // The lint, the route nearly every request takes, is matched first.
  app.use(lintRoutes(linters, config.serving, workPool));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use(catalogRoutes(linters, { ...(config.retentionDays ? { retentionDays: config.retentionDays } : {}) }));
  app.use(suggestionRoutes(workPool, config.serving.pool.suggestionDeadlineMs));
  for (const router of routers) app.use(router);
  app.use('/api', (_req, _res, next) => next(new ApiError('not_found', 'Det finns ingen sådan adress i API:et.')));
  if (serveClient) app.use(clientRoutes());
  // Whatever no route answered (POST /, a page route without a built client, OPTIONS …): the API's
  // error shape rather than Express's English HTML "Cannot POST /".
  app.use((_req, _res, next) => next(notFound()));
  app.use(errorHandler(logger));
  return app;
}
