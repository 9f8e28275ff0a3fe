import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

export const clientDist = fileURLToPath(new URL('../dist/client/', import.meta.url));

/** A fresh nonce per page view, for the CSP and for CodeMirror's style element. */
export const newNonce = () => randomBytes(16).toString('base64');

/**
 * Serves the built client: hashed assets from disk, and index.html for every page route with the
 * request's nonce filled in (the placeholder is in client/index.html).
 */
export function clientRoutes(dist = clientDist): Router {
  const router = Router();
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) return router;
  const template = readFileSync(indexFile, 'utf8');
  router.use(express.static(dist, { index: false, maxAge: '1y', immutable: true }));
  router.get(/^\/(?!api\/).*/, (_req, res) => {
    const nonce = res.locals.cspNonce as string;
    res.set('Cache-Control', 'no-store').type('html').send(template.replaceAll('%CSP_NONCE%', nonce));
  });
  return router;
}
