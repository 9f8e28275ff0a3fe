import { afterAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { draftsApp } from './drafts-app.ts';

// GET /api/openapi.json describes every route the server answers, and nothing it does not.
const { app, drafts } = draftsApp();
afterAll(() => drafts.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** "GET /api/drafts/{token}" for every route registered on the app, through its routers. */
function appRoutes(express: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((express as unknown as { router: { stack: Layer[] } }).router.stack);
  return found;
}

describe('the OpenAPI document', () => {
  test('lists exactly the routes the app answers under /api', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => ['get', 'post', 'put', 'delete', 'patch'].includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = appRoutes(app).filter((route) => route.split(' ')[1]!.startsWith('/api/'));
    expect(routes.length).toBeGreaterThan(10);
    expect([...new Set(documented)].sort()).toEqual([...new Set(routes)].sort());
  });
});
